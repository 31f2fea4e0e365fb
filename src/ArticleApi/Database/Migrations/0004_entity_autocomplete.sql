-- Autocomplete for common prefixes walks the most mentioned entities in order and keeps those with a
-- word starting with each typed word; that test must not cost a lookup per entity walked. So each
-- entity carries the words of all its aliases, each after a space: ' volodymyr zelensky zelenski'.
-- "A word starts with zel" is then strpos(words, ' zel') > 0.
ALTER TABLE entities ADD COLUMN words text NOT NULL DEFAULT '';
UPDATE entities e SET words = w.words
FROM (SELECT entity_id, string_agg(' ' || word, '' ORDER BY word) AS words FROM entity_words GROUP BY entity_id) w
WHERE e.id = w.entity_id;

-- The same walk, and the most mentioned list, for one type.
CREATE INDEX entities_type_article_count_idx ON entities (type, article_count DESC, id);

-- Entities whose aliases brought new words get them in `words` too. Entities already in use are locked
-- in id order, as the article count trigger does, so two writers cannot wait on each other.
CREATE OR REPLACE FUNCTION entity_words_of_aliases() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    grown bigint[];
BEGIN
    WITH new_words AS (
        INSERT INTO entity_words (word, entity_id)
        SELECT DISTINCT w.word, a.entity_id FROM added a, regexp_split_to_table(a.alias_key, '[ -]+') AS w (word)
        WHERE w.word <> ''
        ORDER BY 1, 2
        ON CONFLICT DO NOTHING
        RETURNING entity_id)
    SELECT array_agg(DISTINCT entity_id ORDER BY entity_id) INTO grown FROM new_words;
    IF grown IS NOT NULL THEN
        PERFORM 1 FROM entities WHERE id = ANY(grown) ORDER BY id FOR NO KEY UPDATE;
        UPDATE entities e SET words = w.words
        FROM (SELECT entity_id, string_agg(' ' || word, '' ORDER BY word) AS words
              FROM entity_words WHERE entity_id = ANY(grown) GROUP BY entity_id) w
        WHERE e.id = w.entity_id;
    END IF;
    RETURN NULL;
END $$;
