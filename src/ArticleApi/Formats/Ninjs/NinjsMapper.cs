using ArticleApi.Articles;

namespace ArticleApi.Formats.Ninjs;

/// <summary>
/// A stored article as a ninjs item. Dates: `firstcreated` and `versioncreated` say when this ninjs object (the
/// service's article, named by its uri) got its first and its current version, `contentcreated` when the agency
/// published the story; NinjsReader reads `contentcreated` back as `publishedAt`, so a round trip keeps it.
/// </summary>
public static class NinjsMapper
{
    public const string TextPlain = "text/plain";
    public const string MainRole = "main";
    public const string SummaryRole = "summary";
    public const string ExternalIdRole = "externalId";
    public const string WebRendition = "web";
    public const string Mentioned = "mentioned";
    /// <summary>IPTC Information Source Role NewsCode "originating information source": the agency.</summary>
    public const string OriginatingSource = "http://cv.iptc.org/newscodes/infosourcerole/originfo";

    /// <summary>Every field an article has: what a ninjs item of one article carries.</summary>
    public const ArticleFields WholeArticle = ArticleFields.Id | ArticleFields.Source | ArticleFields.ExternalId
        | ArticleFields.Headline | ArticleFields.Summary | ArticleFields.Body | ArticleFields.Dateline | ArticleFields.Language
        | ArticleFields.Byline | ArticleFields.Url | ArticleFields.PublishedAt | ArticleFields.Entities | ArticleFields.Version
        | ArticleFields.CreatedAt | ArticleFields.UpdatedAt;

    private const string UuidUrn = "urn:uuid:";

    public static string Uri(Guid id) => $"{UuidUrn}{id}";

    /// <summary>The article id a uri as <see cref="Uri(Guid)"/> writes it names; null for any other uri.</summary>
    public static Guid? ArticleId(string? uri) =>
        uri is not null && uri.StartsWith(UuidUrn, StringComparison.OrdinalIgnoreCase) && Guid.TryParse(uri.AsSpan(UuidUrn.Length), out var id) ? id : null;

    /// <summary>
    /// The url as a URI (ninjs's href is `format: uri`): what the API accepts as an http(s) URL may hold characters a
    /// URI escapes ("https://example.com/ä b" is "https://example.com/%C3%A4%20b").
    /// </summary>
    public static string Href(string url) => System.Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.AbsoluteUri : url;

    /// <summary>The item with the fields <paramref name="article"/> was read with; a snippet has no ninjs field and is left out.</summary>
    public static NinjsItem ToNinjs(this ArticleListItem article)
    {
        var fields = article.Fields;
        bool Has(ArticleFields field) => fields.HasFlag(field);
        var entities = Has(ArticleFields.Entities) ? article.Entities ?? [] : null;
        return new NinjsItem(
            Uri(article.Id),
            "text",
            (fields & WholeArticle) == WholeArticle ? "full" : "partial",
            Has(ArticleFields.Version) ? article.Version?.ToString(System.Globalization.CultureInfo.InvariantCulture) : null,
            Has(ArticleFields.CreatedAt) ? article.CreatedAt : null,
            Has(ArticleFields.UpdatedAt) ? article.UpdatedAt : null,
            Has(ArticleFields.PublishedAt) ? article.PublishedAt : null,
            "usable",
            Has(ArticleFields.Language) ? article.Language : null,
            Has(ArticleFields.Headline) && article.Headline is { } headline ? [new NinjsText(MainRole, TextPlain, headline)] : null,
            Has(ArticleFields.Summary) && article.Summary is { } summary ? [new NinjsText(SummaryRole, TextPlain, summary)] : null,
            Has(ArticleFields.Body) && article.Body is { } body ? [new NinjsBody(MainRole, TextPlain, TextCounts.Characters(body), TextCounts.Words(body), body)] : null,
            Has(ArticleFields.Byline) ? article.Byline : null,
            Has(ArticleFields.Dateline) ? article.Dateline : null,
            Has(ArticleFields.Source) && article.Source is { } source ? [new NinjsInfoSource(source, OriginatingSource)] : null,
            Has(ArticleFields.ExternalId) && article.ExternalId is { } externalId ? [new NinjsAltId(ExternalIdRole, externalId)] : null,
            Has(ArticleFields.Url) && article.Url is { } url ? [new NinjsRendition(WebRendition, Href(url), "text/html")] : null,
            Of(entities, EntityType.Person),
            Of(entities, EntityType.Organization),
            Of(entities, EntityType.Location),
            Of(entities, EntityType.Other));
    }

    /// <summary>One article as a ninjs item: whole, or with the fields a list would give it.</summary>
    public static NinjsItem ToNinjs(this ArticleResponse article, ArticleFields fields = WholeArticle) =>
        ArticleListItem.From(article, fields).ToNinjs();

    public static NinjsListResponse ToNinjs(this ArticleListResponse page) => new(
        [.. page.Items.Select(ToNinjs)], page.Page, page.PageSize, page.TotalCount, page.TotalCountIsEstimate, page.TotalPages, page.NextCursor);

    // ninjs has no empty arrays to say "none": an article that mentions no person has no people.
    private static List<NinjsEntity>? Of(IReadOnlyList<EntityResponse>? entities, EntityType type)
    {
        var matching = entities?.Where(e => e.Type == type).Select(e => new NinjsEntity(e.Name, Mentioned, e.Key)).ToList();
        return matching is { Count: > 0 } ? matching : null;
    }
}

/// <summary>The counts ninjs gives a body: characters as the API counts them (code points) and words.</summary>
public static class TextCounts
{
    public static int Characters(string text) => text.EnumerateRunes().Count();

    public static int Words(string text)
    {
        var words = 0;
        var inWord = false;
        foreach (var c in text)
        {
            var space = char.IsWhiteSpace(c);
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
