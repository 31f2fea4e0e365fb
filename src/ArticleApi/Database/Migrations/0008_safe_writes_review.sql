-- 1. The article an Idempotency-Key created, written in the same transaction as the article: a repeat
--    whose stored response was lost (the replica died, or storing it failed after the article was
--    committed) finds the article instead of creating a second one. Deleted with the key's retention.
CREATE TABLE idempotent_creations (
    scope      text        NOT NULL,
    key        text        NOT NULL,
    article_id uuid        NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (scope, key)
);
CREATE INDEX idempotent_creations_created_at_idx ON idempotent_creations (created_at);

-- 2. A version's time is when it was written, not when its transaction began: a writer that waited
--    for the row lock still stamps its version after the one it waited for.
CREATE OR REPLACE FUNCTION articles_updating() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := clock_timestamp();
    NEW.updated_by := coalesce(article_actor(), NEW.updated_by);
    NEW.created_at := OLD.created_at;
    NEW.created_by := OLD.created_by;
    NEW.changed_fields := array_remove(ARRAY[
        CASE WHEN NEW.source IS DISTINCT FROM OLD.source THEN 'source' END,
        CASE WHEN NEW.external_id IS DISTINCT FROM OLD.external_id THEN 'externalId' END,
        CASE WHEN NEW.headline IS DISTINCT FROM OLD.headline THEN 'headline' END,
        CASE WHEN NEW.summary IS DISTINCT FROM OLD.summary THEN 'summary' END,
        CASE WHEN NEW.body IS DISTINCT FROM OLD.body THEN 'body' END,
        CASE WHEN NEW.dateline IS DISTINCT FROM OLD.dateline THEN 'dateline' END,
        CASE WHEN NEW.language IS DISTINCT FROM OLD.language THEN 'language' END,
        CASE WHEN NEW.byline IS DISTINCT FROM OLD.byline THEN 'byline' END,
        CASE WHEN NEW.url IS DISTINCT FROM OLD.url THEN 'url' END,
        CASE WHEN NEW.published_at IS DISTINCT FROM OLD.published_at THEN 'publishedAt' END,
        CASE WHEN (NEW.entity_ids, NEW.entity_mentions, NEW.entity_from_editor)
                  IS DISTINCT FROM (OLD.entity_ids, OLD.entity_mentions, OLD.entity_from_editor) THEN 'entities' END
    ], NULL);
    INSERT INTO article_revisions
    VALUES (OLD.id, OLD.version, OLD.source, OLD.external_id, OLD.headline, OLD.summary, OLD.body, OLD.dateline,
            OLD.language, OLD.byline, OLD.url, OLD.published_at, OLD.entity_ids, OLD.entity_mentions,
            OLD.entity_from_editor, OLD.created_at, OLD.created_by, OLD.updated_at, OLD.updated_by, OLD.changed_fields);
    INSERT INTO article_changes (article_id, version, kind, changed_at, changed_by)
    VALUES (NEW.id, NEW.version, 'updated', NEW.updated_at, NEW.updated_by);
    RETURN NEW;
END $$;

CREATE OR REPLACE FUNCTION articles_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_revisions
    SELECT id, version, source, external_id, headline, summary, body, dateline, language, byline, url, published_at,
           entity_ids, entity_mentions, entity_from_editor, created_at, created_by, updated_at, updated_by, changed_fields
    FROM deleted ORDER BY id;
    INSERT INTO article_tombstones (id, source_key, external_id, version, deleted_at, deleted_by)
    SELECT id, source_key, external_id, version, clock_timestamp(), article_actor() FROM deleted ORDER BY id;
    INSERT INTO article_changes (article_id, version, kind, changed_at, changed_by)
    SELECT id, version, 'deleted', clock_timestamp(), article_actor() FROM deleted ORDER BY id;
    RETURN NULL;
END $$;
