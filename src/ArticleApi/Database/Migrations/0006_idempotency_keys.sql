-- Idempotency-Key requests (see src/ArticleApi/Idempotency): one row per caller and key, claimed
-- while the first request with that key runs and then holding its response for replay.
CREATE TABLE idempotency_keys (
    scope       text        NOT NULL,  -- the caller: the token's subject
    key         text        NOT NULL,
    -- SHA-256 of method, path, content type and body: the same key with another request is a 422.
    fingerprint bytea       NOT NULL,
    -- Which request holds the key: a request that takes over an abandoned claim gets a new one, so
    -- the one it replaced can no longer complete or release the row.
    claim       uuid        NOT NULL,
    state       text        NOT NULL CHECK (state IN ('in_progress', 'completed')),
    status      integer,
    headers     jsonb,
    body        bytea,
    created_at  timestamptz NOT NULL,
    PRIMARY KEY (scope, key),
    CHECK (state = 'in_progress' OR status IS NOT NULL AND headers IS NOT NULL AND body IS NOT NULL)
);

-- The clean-up job deletes the oldest rows.
CREATE INDEX idempotency_keys_created_at_idx ON idempotency_keys (created_at);
