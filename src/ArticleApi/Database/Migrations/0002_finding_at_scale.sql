-- Finding articles at scale: entities as rows, full-text search, per-source statistics.

-- 1. Entities get an identity, so links are small and an entity can be renamed or merged later.
CREATE TABLE entities (
    id       bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    -- Case- and accent-folded name, computed by the API (TextFolding.Fold).
    name_key text NOT NULL,
    type     text NOT NULL CHECK (type IN ('person', 'organization', 'location', 'other')),
    -- Display name: the first spelling seen.
    name     text NOT NULL,
    UNIQUE (name_key, type)
);

INSERT INTO entities (name_key, type, name)
SELECT DISTINCT ON (entity_key, type) entity_key, type, name
FROM article_entities
ORDER BY entity_key, type, published_at;

ALTER TABLE article_entities ADD COLUMN entity_id bigint REFERENCES entities (id);
UPDATE article_entities m SET entity_id = e.id FROM entities e WHERE e.name_key = m.entity_key AND e.type = m.type;
ALTER TABLE article_entities DROP CONSTRAINT article_entities_pkey;
DROP INDEX article_entities_key_idx;
ALTER TABLE article_entities DROP COLUMN entity_key, DROP COLUMN type, DROP COLUMN name;
ALTER TABLE article_entities ALTER COLUMN entity_id SET NOT NULL;
ALTER TABLE article_entities ADD PRIMARY KEY (article_id, entity_id);
-- Walks one entity's articles newest first, or within a date window.
CREATE INDEX article_entities_entity_idx ON article_entities (entity_id, published_at DESC, article_id DESC);

-- The article row also lists its entities' ids in mention order: a page of articles then shows its
-- entities without a join per row (the API knows entities' names by id).
ALTER TABLE articles ADD COLUMN entity_ids bigint[] NOT NULL DEFAULT '{}';
UPDATE articles a SET entity_ids = m.ids
FROM (SELECT article_id, array_agg(entity_id ORDER BY ordinal) AS ids FROM article_entities GROUP BY article_id) m
WHERE m.article_id = a.id;

-- 2. Datelines filter like entities do: case- and accent-insensitively, on a key the API computes
--    (TextFolding.Fold); rows from before this migration get the nearest SQL equivalent.
CREATE EXTENSION IF NOT EXISTS unaccent;
ALTER TABLE articles ADD COLUMN dateline_key text;
UPDATE articles SET dateline_key = lower(unaccent(regexp_replace(btrim(dateline), '\s+', ' ', 'g'))) WHERE dateline IS NOT NULL;
CREATE INDEX articles_dateline_idx ON articles (dateline_key, published_at DESC, id DESC) WHERE dateline_key IS NOT NULL;

-- 3. Full-text search: accents ignored ("oekraine" finds "Oekraïne"); Dutch and English stemmed and
--    with their stop words; every other language split into plain words.

CREATE TEXT SEARCH CONFIGURATION articleapi_dutch (COPY = pg_catalog.dutch);
ALTER TEXT SEARCH CONFIGURATION articleapi_dutch
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, dutch_stem;
CREATE TEXT SEARCH CONFIGURATION articleapi_english (COPY = pg_catalog.english);
ALTER TEXT SEARCH CONFIGURATION articleapi_english
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, english_stem;
CREATE TEXT SEARCH CONFIGURATION articleapi_simple (COPY = pg_catalog.simple);
ALTER TEXT SEARCH CONFIGURATION articleapi_simple
    ALTER MAPPING FOR hword, hword_part, word WITH unaccent, simple;

CREATE FUNCTION article_search_config(language text) RETURNS regconfig
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN CASE language
        WHEN 'nl' THEN 'articleapi_dutch'::regconfig
        WHEN 'en' THEN 'articleapi_english'::regconfig
        ELSE 'articleapi_simple'::regconfig
    END;

-- Headline weighs most, then summary, then body (for relevance ranking).
ALTER TABLE articles ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector(article_search_config(language), headline), 'A') ||
    setweight(to_tsvector(article_search_config(language), coalesce(summary, '')), 'B') ||
    setweight(to_tsvector(article_search_config(language), body), 'C')
) STORED;
-- Kept in the row rather than in the TOAST table (the body moves there instead): a search that reads
-- vectors row by row, newest first, then reads no second table, three times faster.
ALTER TABLE articles ALTER COLUMN search SET STORAGE MAIN;

-- One index per configuration: a query's condition for Dutch articles ("language = 'nl' AND search @@
-- its Dutch query") is then answered by the index alone, never by re-reading each article's vector.
CREATE INDEX articles_search_nl_idx ON articles USING gin (search) WHERE language = 'nl';
CREATE INDEX articles_search_en_idx ON articles USING gin (search) WHERE language = 'en';
CREATE INDEX articles_search_other_idx ON articles USING gin (search) WHERE language NOT IN ('nl', 'en');

-- 4. Per-source statistics, kept by triggers, so GET /sources and per-source counts cost a lookup.
CREATE TABLE article_sources (
    source_key          text PRIMARY KEY,
    source              text        NOT NULL,
    article_count       bigint      NOT NULL,
    newest_published_at timestamptz
);

INSERT INTO article_sources (source_key, source, article_count, newest_published_at)
SELECT source_key, min(source), count(*), max(published_at) FROM articles GROUP BY source_key;

-- Rows are added in source_key order so concurrent writers lock them in the same order.
CREATE FUNCTION article_sources_count_added() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO article_sources AS s (source_key, source, article_count, newest_published_at)
    SELECT source_key, min(source), count(*), max(published_at)
    FROM added GROUP BY source_key ORDER BY source_key
    ON CONFLICT (source_key) DO UPDATE
        SET article_count = s.article_count + excluded.article_count,
            newest_published_at = greatest(s.newest_published_at, excluded.newest_published_at);
    RETURN NULL;
END $$;

-- Deleting or moving articles can change a source's newest date. The rows are locked first (in order),
-- so the recount that follows, in a statement of its own, sees every write committed before it.
CREATE FUNCTION article_sources_recount(keys text[], deltas text[], counts bigint[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM article_sources WHERE source_key = ANY(keys) ORDER BY source_key FOR UPDATE;
    UPDATE article_sources s SET article_count = s.article_count + d.delta
    FROM unnest(deltas, counts) AS d (source_key, delta)
    WHERE s.source_key = d.source_key;
    UPDATE article_sources s
    SET newest_published_at = (SELECT max(a.published_at) FROM articles a WHERE a.source_key = s.source_key)
    WHERE s.source_key = ANY(keys);
END $$;

CREATE FUNCTION article_sources_count_removed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    keys text[];
    counts bigint[];
BEGIN
    SELECT array_agg(source_key ORDER BY source_key), array_agg(-removed ORDER BY source_key) INTO keys, counts
    FROM (SELECT source_key, count(*) AS removed FROM removed GROUP BY source_key) r;
    PERFORM article_sources_recount(keys, keys, counts);
    RETURN NULL;
END $$;

CREATE FUNCTION article_sources_count_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    keys text[];
    deltas text[];
    counts bigint[];
BEGIN
    -- Most updates keep the source and date: nothing to do.
    IF NOT EXISTS (SELECT 1 FROM removed o JOIN added n USING (id)
                   WHERE o.source_key <> n.source_key OR o.published_at <> n.published_at) THEN
        RETURN NULL;
    END IF;
    INSERT INTO article_sources AS s (source_key, source, article_count, newest_published_at)
    SELECT source_key, min(source), 0, max(published_at)
    FROM added GROUP BY source_key ORDER BY source_key
    ON CONFLICT (source_key) DO NOTHING;
    SELECT array_agg(source_key ORDER BY source_key), array_agg(delta ORDER BY source_key) INTO deltas, counts
    FROM (SELECT source_key, sum(delta)::bigint AS delta
          FROM (SELECT source_key, 1 AS delta FROM added UNION ALL SELECT source_key, -1 FROM removed) t
          GROUP BY source_key) d;
    SELECT array_agg(DISTINCT source_key ORDER BY source_key) INTO keys
    FROM (SELECT source_key FROM added UNION SELECT source_key FROM removed) k;
    PERFORM article_sources_recount(keys, deltas, counts);
    RETURN NULL;
END $$;

CREATE TRIGGER articles_count_added AFTER INSERT ON articles
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION article_sources_count_added();
CREATE TRIGGER articles_count_removed AFTER DELETE ON articles
    REFERENCING OLD TABLE AS removed FOR EACH STATEMENT EXECUTE FUNCTION article_sources_count_removed();
CREATE TRIGGER articles_count_changed AFTER UPDATE ON articles
    REFERENCING OLD TABLE AS removed NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION article_sources_count_changed();

-- 5. Cursors are signed so a client cannot forge a position; the key is made here once, so every
--    replica shares it without configuration.
CREATE TABLE app_secrets (
    name  text PRIMARY KEY,
    value bytea NOT NULL
);
INSERT INTO app_secrets (name, value)
VALUES ('cursor-signing-key', decode(md5(gen_random_uuid()::text) || md5(gen_random_uuid()::text), 'hex'));
