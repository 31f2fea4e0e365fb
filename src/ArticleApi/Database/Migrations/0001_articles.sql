-- Articles as editors and agencies deliver them.
CREATE TABLE articles (
    id           uuid        PRIMARY KEY,
    source       text        NOT NULL,
    -- Sources compare case-insensitively ("ANP" = "anp"): filters and uniqueness use this key,
    -- which the API computes (SourceKey.Of) so that it folds the same whatever the database locale.
    source_key   text        NOT NULL,
    external_id  text,
    headline     text        NOT NULL,
    summary      text,
    body         text        NOT NULL,
    dateline     text,
    language     text        NOT NULL,
    byline       text,
    url          text,
    published_at timestamptz NOT NULL,
    version      integer     NOT NULL DEFAULT 1,
    created_at   timestamptz NOT NULL DEFAULT now(),
    updated_at   timestamptz NOT NULL DEFAULT now()
);

-- One article per agency item; the API answers a duplicate with 409.
CREATE UNIQUE INDEX articles_source_external_id_key
    ON articles (source_key, external_id) WHERE external_id IS NOT NULL;

-- Lists are newest first with id as tie-breaker; these serve the unfiltered and per-source lists.
CREATE INDEX articles_published_at_idx ON articles (published_at DESC, id DESC);
CREATE INDEX articles_source_published_at_idx ON articles (source_key, published_at DESC, id DESC);

-- Entities an article mentions, in the order given.
CREATE TABLE article_entities (
    article_id   uuid        NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    -- Case- and accent-folded name ("oekraine" for "Oekraïne"), computed by the API.
    entity_key   text        NOT NULL,
    type         text        NOT NULL CHECK (type IN ('person', 'organization', 'location', 'other')),
    name         text        NOT NULL,
    ordinal      smallint    NOT NULL,
    -- The article's publication time, copied so an entity filter can walk newest first.
    published_at timestamptz NOT NULL,
    PRIMARY KEY (article_id, entity_key, type)
);

CREATE INDEX article_entities_key_idx ON article_entities (entity_key, published_at DESC, article_id DESC);
