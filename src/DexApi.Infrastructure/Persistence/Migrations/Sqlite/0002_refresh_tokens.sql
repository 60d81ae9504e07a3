-- Refresh tokens, kept only as digests. A family is every token descended from one sign-in.
CREATE TABLE refresh_tokens (
    id           TEXT    NOT NULL PRIMARY KEY,
    family_id    TEXT    NOT NULL,
    user_id      TEXT    NOT NULL,
    client_id    TEXT    NOT NULL,
    token_digest TEXT    NOT NULL,
    scopes       TEXT    NOT NULL,
    issued_at    INTEGER NOT NULL,
    last_used_at INTEGER NULL,
    rotated_at   INTEGER NULL,
    replaced_by  TEXT    NULL,
    revoked_at   INTEGER NULL
);

CREATE UNIQUE INDEX ux_refresh_tokens_digest ON refresh_tokens (token_digest);
CREATE INDEX ix_refresh_tokens_user_client ON refresh_tokens (user_id, client_id);
CREATE INDEX ix_refresh_tokens_client ON refresh_tokens (client_id);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
