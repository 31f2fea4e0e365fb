-- Safe writes: who wrote each version, every earlier version, deletions as tombstones, and a feed of
-- every change. Triggers keep all of it, so every way of writing articles (one by one, in bulk, an
-- entity merge rewriting their entity lists) leaves the same trail. Writers say who they are with
-- set_config('articleapi.actor', …, true) in the writing transaction.

ALTER TABLE articles
    ADD COLUMN created_by     text,
    ADD COLUMN updated_by     text,
    -- What the latest version changed, as API field names; empty for version 1.
    ADD COLUMN changed_fields text[] NOT NULL DEFAULT '{}';

-- Every version an article had before its current one (and its last, once deleted).
CREATE TABLE article_revisions (
    article_id         uuid        NOT NULL,
    version            integer     NOT NULL,
    source             text        NOT NULL,
    external_id        text,
    headline           text        NOT NULL,
    summary            text,
    body               text        NOT NULL,
    dateline           text,
    language           text        NOT NULL,
    byline             text,
    url                text,
    published_at       timestamptz NOT NULL,
    entity_ids         bigint[],
    entity_mentions    integer[],
    entity_from_editor boolean[],
    created_at         timestamptz NOT NULL,
    created_by         text,
    updated_at         timestamptz NOT NULL,
    updated_by         text,
    changed_fields     text[]      NOT NULL,
    PRIMARY KEY (article_id, version)
);

-- A deleted article: GET answers 410 with when and by whom; an upsert by agency id revives it.
CREATE TABLE article_tombstones (
    id          uuid        PRIMARY KEY,
    source_key  text        NOT NULL,
    external_id text,
    version     integer     NOT NULL,
    deleted_at  timestamptz NOT NULL,
    deleted_by  text
);
CREATE INDEX article_tombstones_source_external_id_idx ON article_tombstones (source_key, external_id);

-- The change feed. Its order is (txid, seq), and it only shows changes of transactions older than
-- every transaction still running: a writer that took its seq earlier but commits later is then
-- never skipped by a reader who already read past a later seq.
CREATE TABLE article_changes (
    seq        bigint      GENERATED ALWAYS AS IDENTITY,
    txid       xid8        NOT NULL DEFAULT pg_current_xact_id(),
    article_id uuid        NOT NULL,
    version    integer     NOT NULL,
    kind       text        NOT NULL CHECK (kind IN ('created', 'updated', 'deleted')),
    changed_at timestamptz NOT NULL DEFAULT now(),
    changed_by text,
    PRIMARY KEY (txid, seq)
);

-- Articles stored so far, as created (in one transaction: they all appear at once).
INSERT INTO article_changes (article_id, version, kind, changed_at)
SELECT id, version, CASE WHEN version = 1 THEN 'created' ELSE 'updated' END, updated_at
FROM articles ORDER BY updated_at, id;

CREATE FUNCTION article_actor() RETURNS text LANGUAGE sql STABLE AS $$
    SELECT nullif(current_setting('articleapi.actor', true), '')
$$;

CREATE FUNCTION articles_created() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_changes (article_id, version, kind, changed_at, changed_by)
    SELECT id, version, 'created', created_at, created_by FROM created ORDER BY id;
    DELETE FROM article_tombstones t USING created c WHERE t.id = c.id;
    RETURN NULL;
END $$;
CREATE TRIGGER articles_created AFTER INSERT ON articles
    REFERENCING NEW TABLE AS created FOR EACH STATEMENT EXECUTE FUNCTION articles_created();

-- Each update is a new version: the old one is kept, and the new one says what changed.
CREATE FUNCTION articles_updating() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.version := OLD.version + 1;
    NEW.updated_at := now();
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
CREATE TRIGGER articles_updating BEFORE UPDATE ON articles
    FOR EACH ROW EXECUTE FUNCTION articles_updating();

CREATE FUNCTION articles_deleted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_revisions
    SELECT id, version, source, external_id, headline, summary, body, dateline, language, byline, url, published_at,
           entity_ids, entity_mentions, entity_from_editor, created_at, created_by, updated_at, updated_by, changed_fields
    FROM deleted ORDER BY id;
    INSERT INTO article_tombstones (id, source_key, external_id, version, deleted_at, deleted_by)
    SELECT id, source_key, external_id, version, now(), article_actor() FROM deleted ORDER BY id;
    INSERT INTO article_changes (article_id, version, kind, changed_at, changed_by)
    SELECT id, version, 'deleted', now(), article_actor() FROM deleted ORDER BY id;
    RETURN NULL;
END $$;
CREATE TRIGGER articles_deleted AFTER DELETE ON articles
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION articles_deleted();
