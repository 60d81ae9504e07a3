-- Refresh tokens, kept only as digests. A family is every token descended from one sign-in.
CREATE TABLE refresh_tokens (
    id           NVARCHAR(64)   COLLATE Latin1_General_100_BIN2 NOT NULL PRIMARY KEY,
    family_id    NVARCHAR(64)   COLLATE Latin1_General_100_BIN2 NOT NULL,
    user_id      NVARCHAR(64)   COLLATE Latin1_General_100_BIN2 NOT NULL,
    client_id    NVARCHAR(400)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    token_digest NVARCHAR(100)  COLLATE Latin1_General_100_BIN2 NOT NULL,
    scopes       NVARCHAR(1000) NOT NULL,
    issued_at    BIGINT         NOT NULL,
    last_used_at BIGINT         NULL,
    rotated_at   BIGINT         NULL,
    replaced_by  NVARCHAR(64)   NULL,
    revoked_at   BIGINT         NULL
);

CREATE UNIQUE INDEX ux_refresh_tokens_digest ON refresh_tokens (token_digest);
CREATE INDEX ix_refresh_tokens_user_client ON refresh_tokens (user_id, client_id);
CREATE INDEX ix_refresh_tokens_client ON refresh_tokens (client_id);
CREATE INDEX ix_refresh_tokens_family ON refresh_tokens (family_id);
