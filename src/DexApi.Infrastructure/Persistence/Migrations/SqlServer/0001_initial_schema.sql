-- Users, clients and signing keys. Timestamps are Unix seconds, as on every provider. Ids and emails use a
-- binary collation: ids are case-sensitive and the paging order is ordinal, as on the other providers.
CREATE TABLE users (
    id               NVARCHAR(64)  COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    email            NVARCHAR(254) COLLATE Latin1_General_100_BIN2 NOT NULL,
    display_name     NVARCHAR(400) NOT NULL DEFAULT N'',
    email_verified   BIT           NOT NULL DEFAULT 0,
    admin            BIT           NOT NULL DEFAULT 0,
    disabled         BIT           NOT NULL DEFAULT 0,
    created_at       BIGINT        NOT NULL,
    password_hash    NVARCHAR(400) NULL,
    password_version INT           NOT NULL DEFAULT 0
);

CREATE UNIQUE INDEX ux_users_email ON users (email);

CREATE TABLE clients (
    id            NVARCHAR(400)  COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    secret_digest NVARCHAR(200)  NOT NULL,
    redirect_uris NVARCHAR(MAX)  NOT NULL,
    admin         BIT            NOT NULL DEFAULT 0,
    name          NVARCHAR(400)  NOT NULL DEFAULT N'',
    client_uri    NVARCHAR(2000) NOT NULL DEFAULT N'',
    logo_uri      NVARCHAR(2000) NOT NULL DEFAULT N'',
    created_at    BIGINT         NOT NULL
);

CREATE TABLE signing_keys (
    key_id                NVARCHAR(128) COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    algorithm             NVARCHAR(16)  NOT NULL,
    protected_private_key NVARCHAR(MAX) NOT NULL,
    created_at            BIGINT        NOT NULL
);
