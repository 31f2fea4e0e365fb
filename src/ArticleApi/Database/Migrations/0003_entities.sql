-- Entities as a resource: stable keys, aliases, article counts; and per article, how often it mentions
-- each entity and whether an editor named it or the extractor found it.

-- 1. A stable key per entity, its type and folded name written for URLs ("person:volodymyr-zelensky").
--    The API computes keys (EntityKey.Of); this is its SQL twin, for the rows already stored.
CREATE FUNCTION entity_key(type text, name_key text) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE
    RETURN type || ':' || btrim(regexp_replace(name_key COLLATE "und-x-icu", '[^[:alnum:]]+', '-', 'g'), '-');

ALTER TABLE entities ADD COLUMN key text;
UPDATE entities SET key = entity_key(type, name_key);
UPDATE entities SET key = type || ':entity-' || id WHERE key = type || ':';

-- 2. Aliases: every spelling an entity was mentioned by, folded for matching ("zelenski" finds
--    "Volodymyr Zelensky" once an article has called him that).
CREATE TABLE entity_aliases (
    entity_id bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    -- Case- and accent-folded (TextFolding.Fold), as entity= filters are.
    alias_key text   NOT NULL,
    -- As first written.
    alias     text   NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
);
CREATE INDEX entity_aliases_key_idx ON entity_aliases (alias_key);

-- The words of every alias, for autocomplete: "zel" finds "Volodymyr Zelensky" by the start of a word.
-- In the C collation, an index on text answers prefix ranges. Kept by a trigger: a new alias brings its words.
CREATE TABLE entity_words (
    word      text COLLATE "C" NOT NULL,
    entity_id bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (word, entity_id)
);
CREATE INDEX entity_words_entity_idx ON entity_words (entity_id);

CREATE FUNCTION entity_words_of_aliases() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO entity_words (word, entity_id)
    SELECT DISTINCT w.word, a.entity_id FROM added a, regexp_split_to_table(a.alias_key, '[ -]+') AS w (word)
    WHERE w.word <> ''
    ORDER BY 1, 2
    ON CONFLICT DO NOTHING;
    RETURN NULL;
END $$;
CREATE TRIGGER entity_aliases_added AFTER INSERT ON entity_aliases
    REFERENCING NEW TABLE AS added FOR EACH STATEMENT EXECUTE FUNCTION entity_words_of_aliases();

-- Names that differ only in punctuation ("AT&T", "AT-T") now share a key: they become one entity,
-- the oldest, and their articles follow it.
CREATE TEMP TABLE entity_duplicates ON COMMIT DROP AS
SELECT id, keeper FROM (SELECT id, min(id) OVER (PARTITION BY key) AS keeper FROM entities) e WHERE id <> keeper;
INSERT INTO entity_aliases (entity_id, alias_key, alias)
SELECT DISTINCT ON (coalesce(d.keeper, e.id), e.name_key) coalesce(d.keeper, e.id), e.name_key, e.name
FROM entities e LEFT JOIN entity_duplicates d ON d.id = e.id
ORDER BY coalesce(d.keeper, e.id), e.name_key, e.id;
-- An article keeps one link per keeper: to the keeper itself, or else to its lowest duplicate.
DELETE FROM article_entities m USING entity_duplicates d
WHERE m.entity_id = d.id
  AND EXISTS (SELECT 1 FROM article_entities k LEFT JOIN entity_duplicates dk ON dk.id = k.entity_id
              WHERE k.article_id = m.article_id AND coalesce(dk.keeper, k.entity_id) = d.keeper AND k.entity_id < m.entity_id);
UPDATE article_entities m SET entity_id = d.keeper FROM entity_duplicates d WHERE m.entity_id = d.id;
UPDATE articles a
SET entity_ids = ARRAY(SELECT id FROM (
                           SELECT DISTINCT ON (coalesce(d.keeper, x.id)) coalesce(d.keeper, x.id) AS id, x.ordinal
                           FROM unnest(a.entity_ids) WITH ORDINALITY AS x (id, ordinal) LEFT JOIN entity_duplicates d ON d.id = x.id
                           ORDER BY coalesce(d.keeper, x.id), x.ordinal) kept
                       ORDER BY ordinal)
WHERE a.entity_ids && ARRAY(SELECT id FROM entity_duplicates);
DELETE FROM entities e USING entity_duplicates d WHERE e.id = d.id;

ALTER TABLE entities ALTER COLUMN key SET NOT NULL, ADD CONSTRAINT entities_key_key UNIQUE (key);

-- Every key an entity has had: a rename or a merge changes the key, and the old one keeps finding it.
CREATE TABLE entity_keys (
    key       text PRIMARY KEY,
    entity_id bigint NOT NULL REFERENCES entities (id) ON DELETE CASCADE
);
CREATE INDEX entity_keys_entity_idx ON entity_keys (entity_id);
INSERT INTO entity_keys (key, entity_id) SELECT key, id FROM entities;

ALTER TABLE entities DROP CONSTRAINT entities_name_key_type_key, DROP COLUMN name_key;
DROP FUNCTION entity_key(text, text);

-- 3. How many articles mention each entity, kept by triggers on the links, so entities can be listed
--    most mentioned first. Each trigger locks its rows in id order, so writers adding links queue rather
--    than deadlock; an update that both drops and adds links can still deadlock with one doing the
--    opposite, and is retried (TransientConflicts). NO KEY UPDATE leaves new links to these entities free
--    to be checked against them meanwhile.
ALTER TABLE entities ADD COLUMN article_count integer NOT NULL DEFAULT 0;
UPDATE entities e SET article_count = c.articles
FROM (SELECT entity_id, count(*) AS articles FROM article_entities GROUP BY entity_id) c
WHERE c.entity_id = e.id;
-- Autocomplete and the entity list read the most mentioned first.
CREATE INDEX entities_article_count_idx ON entities (article_count DESC, id);

CREATE FUNCTION entity_article_counts_add(changes bigint[], deltas integer[]) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM entities WHERE id = ANY(changes) ORDER BY id FOR NO KEY UPDATE;
    UPDATE entities e SET article_count = e.article_count + c.delta
    FROM unnest(changes, deltas) AS c (id, delta)
    WHERE e.id = c.id;
END $$;

-- One function for both triggers: each names its transition table "changed"; a link added counts +1, removed -1.
CREATE FUNCTION entity_article_counts_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    sign integer := CASE TG_OP WHEN 'INSERT' THEN 1 ELSE -1 END;
    ids bigint[];
    deltas integer[];
BEGIN
    SELECT array_agg(entity_id ORDER BY entity_id), array_agg(sign * n ORDER BY entity_id) INTO ids, deltas
    FROM (SELECT entity_id, count(*)::integer AS n FROM changed GROUP BY entity_id) c;
    PERFORM entity_article_counts_add(ids, deltas);
    RETURN NULL;
END $$;

-- Links are only ever added and removed; a merge moves them and recounts itself.
CREATE TRIGGER article_entities_linked AFTER INSERT ON article_entities
    REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION entity_article_counts_changed();
CREATE TRIGGER article_entities_unlinked AFTER DELETE ON article_entities
    REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION entity_article_counts_changed();

-- 4. Per article, beside entity_ids and in the same order: how often it mentions each entity, and
--    whether an editor named it (true) or the extractor found it (false). Null for articles stored
--    before extraction: editors named all their entities, once each. (Null, so that adding the
--    columns rewrites no rows.)
ALTER TABLE articles ADD COLUMN entity_mentions integer[], ADD COLUMN entity_from_editor boolean[];
