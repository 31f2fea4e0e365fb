namespace ArticleApi.Articles;

/// <summary>An article as an editor or agency sends it. Strings are trimmed; unknown properties are rejected.</summary>
public sealed record ArticleRequest
{
    /// <summary>The agency or desk that delivered it, e.g. "ANP", "Reuters". 1–64 characters, one line. Required unless the body opens with a dateline naming the agency ("LONDEN (ANP) - "), which then supplies it.</summary>
    /// <example>ANP</example>
    public string? Source { get; init; }

    /// <summary>The agency's own id for the item. Optional, at most 200 characters; unique per source.</summary>
    /// <example>ANP-2025-03-20-0412</example>
    public string? ExternalId { get; init; }

    /// <summary>Required, 1–500 characters, one line.</summary>
    /// <example>Voorbereiding vredesmissie Oekraïne gaat volgende fase in</example>
    public string? Headline { get; init; }

    /// <summary>A short standfirst. Optional, at most 2,000 characters.</summary>
    public string? Summary { get; init; }

    /// <summary>The copy as delivered, paragraphs separated by blank lines. Required, 1–200,000 characters.</summary>
    public string? Body { get; init; }

    /// <summary>Where the story was filed, as the dateline writes it, e.g. "LONDEN". Optional, at most 100 characters; when left out, read from a body that opens with a dateline.</summary>
    /// <example>LONDEN</example>
    public string? Dateline { get; init; }

    /// <summary>Two-letter ISO 639-1 code of the copy's language, e.g. "nl", "en". Required.</summary>
    /// <example>nl</example>
    public string? Language { get; init; }

    /// <summary>Who wrote it. Optional, at most 200 characters.</summary>
    public string? Byline { get; init; }

    /// <summary>Where the article can be read on the web: an absolute http(s) URL of at most 2,048 characters. Optional.</summary>
    public string? Url { get; init; }

    /// <summary>When it was published: RFC 3339 with a UTC offset ("Z" or "+01:00"); at most 24 hours in the future. Required.</summary>
    /// <example>2025-03-20T10:15:00Z</example>
    public DateTimeOffset? PublishedAt { get; init; }

    /// <summary>People, organisations, places and other things the article mentions, as the editor names them; at most 200. The service adds those it finds in the text; where it finds one an editor named, the editor's type wins. Duplicates (same name ignoring case, accents and punctuation, same type) are folded.</summary>
    public IReadOnlyList<EntityRequest>? Entities { get; init; }
}

/// <summary>Something an article mentions.</summary>
public sealed record EntityRequest
{
    /// <summary>The name as the article writes it. Required, 1–200 characters, one line.</summary>
    /// <example>Keir Starmer</example>
    public string? Name { get; init; }

    /// <summary>What kind of thing it is. Required.</summary>
    /// <example>person</example>
    public EntityType? Type { get; init; }
}
