namespace ArticleApi.Articles;

/// <summary>The query string of GET /articles/export: the list's filters.</summary>
public sealed record ExportArticlesRequest : ArticleFilterRequest
{
    /// <summary>How many articles each query reads: memory holds one such page, whatever the export's size.</summary>
    public const int PageSize = 500;
}

public sealed class ExportArticlesRequestValidator : ArticleFilterValidator<ExportArticlesRequest>;
