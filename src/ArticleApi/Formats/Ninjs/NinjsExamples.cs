using ArticleApi.Articles;

namespace ArticleApi.Formats.Ninjs;

/// <summary>What Swagger shows for ninjs: the ANP sample of ArticleExamples as a ninjs item, whole and as a list item.</summary>
public static class NinjsExamples
{
    public static readonly NinjsItem Item = ArticleExamples.Response.ToNinjs();

    public static readonly NinjsListResponse List = ArticleExamples.List.ToNinjs();

    /// <summary>What a client posts: the item as another service would send it, without the service's own uri, version and dates.</summary>
    public static readonly NinjsItem Request = Item with
    {
        Uri = "urn:newsml:anp.nl:20250320:ANP-2025-03-20-0412",
        Representationtype = "full",
        Version = null,
        Firstcreated = null,
        Versioncreated = null,
    };
}
