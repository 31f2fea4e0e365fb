namespace ArticleApi.Articles;

/// <summary>Sources compare case-insensitively: "ANP", "anp" and " Anp " are one source, keyed "anp".</summary>
public static class SourceKey
{
    public static string Of(string source) => source.Trim().ToLowerInvariant();
}
