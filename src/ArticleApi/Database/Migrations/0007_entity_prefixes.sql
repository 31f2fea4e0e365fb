-- Autocomplete without reading every match: the first 1–4 letters of every word of every entity
-- ("z", "ze", "zel", "zele" for Zelensky), each with the entity's tier (how many times its article count
-- has doubled). An index scan on (prefix, tier) meets the most mentioned entities first; within a tier
-- they are sorted by their exact count, and the scan stops once the page is full.
CREATE FUNCTION entity_tier(article_count integer) RETURNS smallint LANGUAGE sql IMMUTABLE AS $$
    SELECT CASE WHEN article_count <= 0 THEN 0 ELSE floor(log(2, article_count))::smallint + 1 END
$$;

CREATE TABLE entity_prefixes (
    prefix    text     COLLATE "C" NOT NULL,
    tier      smallint NOT NULL,
    entity_id bigint   NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
    PRIMARY KEY (prefix, tier, entity_id)
);

INSERT INTO entity_prefixes (prefix, tier, entity_id)
SELECT DISTINCT left(w.word, n), entity_tier(e.article_count), w.entity_id
FROM entity_words w JOIN entities e ON e.id = w.entity_id, generate_series(1, least(4, length(w.word))) AS n;

CREATE INDEX entity_prefixes_entity_idx ON entity_prefixes (entity_id);

-- A tier changes only when a count crosses a power of two: an entity's rows move a dozen times in its life.
CREATE FUNCTION entity_tier_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE entity_prefixes SET tier = entity_tier(NEW.article_count) WHERE entity_id = NEW.id;
    RETURN NULL;
END $$;
CREATE TRIGGER entities_tier_changed AFTER UPDATE OF article_count ON entities
    FOR EACH ROW WHEN (entity_tier(OLD.article_count) <> entity_tier(NEW.article_count))
    EXECUTE FUNCTION entity_tier_changed();

-- New words of an entity bring their prefixes (and, as before, their place in entities.words).
CREATE OR REPLACE FUNCTION entity_words_of_aliases() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    grown bigint[];
    words text[];
BEGIN
    WITH new_words AS (
        INSERT INTO entity_words (word, entity_id)
        SELECT DISTINCT w.word, a.entity_id FROM added a, regexp_split_to_table(a.alias_key, '[ -]+') AS w (word)
        WHERE w.word <> ''
        ORDER BY 1, 2
        ON CONFLICT DO NOTHING
        RETURNING entity_id, word)
    SELECT array_agg(entity_id ORDER BY entity_id), array_agg(word ORDER BY entity_id) INTO grown, words FROM new_words;
    IF grown IS NOT NULL THEN
        PERFORM 1 FROM entities WHERE id = ANY(grown) ORDER BY id FOR NO KEY UPDATE;
        UPDATE entities e SET words = w.words
        FROM (SELECT entity_id, string_agg(' ' || word, '' ORDER BY word) AS words
              FROM entity_words WHERE entity_id = ANY(grown) GROUP BY entity_id) w
        WHERE e.id = w.entity_id;
        INSERT INTO entity_prefixes (prefix, tier, entity_id)
        SELECT DISTINCT left(x.word, n), entity_tier(e.article_count), x.entity_id
        FROM unnest(grown, words) AS x (entity_id, word) JOIN entities e ON e.id = x.entity_id,
             generate_series(1, least(4, length(x.word))) AS n
        ORDER BY 1, 2, 3
        ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END $$;
