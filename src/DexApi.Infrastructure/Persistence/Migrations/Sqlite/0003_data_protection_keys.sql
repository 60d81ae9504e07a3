-- ASP.NET Core Data Protection keys (anti-forgery tokens of the password pages), shared by every node and
-- stored encrypted under the master key.
CREATE TABLE data_protection_keys (
    friendly_name TEXT NOT NULL PRIMARY KEY,
    protected_xml TEXT NOT NULL
);
