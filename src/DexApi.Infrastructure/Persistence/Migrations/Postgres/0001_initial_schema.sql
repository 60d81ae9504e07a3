-- Users, clients and signing keys. Timestamps are Unix seconds, as on every provider. Ids and emails use
-- the "C" collation: ids are case-sensitive and the paging order is ordinal, as on the other providers.
CREATE TABLE users (
    id               TEXT    COLLATE "C" NOT NULL PRIMARY KEY,
    email            TEXT    COLLATE "C" NOT NULL,
    display_name     TEXT    NOT NULL DEFAULT '',
    email_verified   BOOLEAN NOT NULL DEFAULT FALSE,
    admin            BOOLEAN NOT NULL DEFAULT FALSE,
    disabled         BOOLEAN NOT NULL DEFAULT FALSE,
    created_at       BIGINT  NOT NULL,
    password_hash    TEXT    NULL,
    password_version INTEGER NOT NULL DEFAULT 0
);

-- Emails are stored lower-cased; COLLATE "C" makes the paging order ordinal, as on the other providers.
CREATE UNIQUE INDEX ux_users_email ON users (email);

CREATE TABLE clients (
    id            TEXT    COLLATE "C" NOT NULL PRIMARY KEY,
    secret_digest TEXT    NOT NULL,
    redirect_uris TEXT    NOT NULL,
    admin         BOOLEAN NOT NULL DEFAULT FALSE,
    name          TEXT    NOT NULL DEFAULT '',
    client_uri    TEXT    NOT NULL DEFAULT '',
    logo_uri      TEXT    NOT NULL DEFAULT '',
    created_at    BIGINT  NOT NULL
);

CREATE TABLE signing_keys (
    key_id                TEXT   COLLATE "C" NOT NULL PRIMARY KEY,
    algorithm             TEXT   NOT NULL,
    protected_private_key TEXT   NOT NULL,
    created_at            BIGINT NOT NULL
);
