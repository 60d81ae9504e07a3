-- Users, clients and signing keys. Timestamps are Unix seconds; booleans are 0 or 1.
CREATE TABLE users (
    id               TEXT    NOT NULL PRIMARY KEY,
    email            TEXT    NOT NULL,
    display_name     TEXT    NOT NULL DEFAULT '',
    email_verified   INTEGER NOT NULL DEFAULT 0,
    admin            INTEGER NOT NULL DEFAULT 0,
    disabled         INTEGER NOT NULL DEFAULT 0,
    created_at       INTEGER NOT NULL,
    password_hash    TEXT    NULL,
    password_version INTEGER NOT NULL DEFAULT 0
);

-- Emails are stored lower-cased, so this index is both the uniqueness rule and the paging order.
CREATE UNIQUE INDEX ux_users_email ON users (email);

CREATE TABLE clients (
    id            TEXT    NOT NULL PRIMARY KEY,
    secret_digest TEXT    NOT NULL,
    redirect_uris TEXT    NOT NULL,
    admin         INTEGER NOT NULL DEFAULT 0,
    name          TEXT    NOT NULL DEFAULT '',
    client_uri    TEXT    NOT NULL DEFAULT '',
    logo_uri      TEXT    NOT NULL DEFAULT '',
    created_at    INTEGER NOT NULL
);

CREATE TABLE signing_keys (
    key_id                TEXT    NOT NULL PRIMARY KEY,
    algorithm             TEXT    NOT NULL,
    protected_private_key TEXT    NOT NULL,
    created_at            INTEGER NOT NULL
);
