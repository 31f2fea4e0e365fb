namespace ArticleApi.Articles;

/// <summary>How far lists go before they change strategy (configuration section "Lists").</summary>
public sealed class ListLimits
{
    /// <summary>With count=exact, totalCount is exact up to this many matches; beyond, PostgreSQL's estimate.</summary>
    public int ExactCountLimit { get; set; } = 10_000;

    /// <summary>Facets count at most this many matching articles, the newest.</summary>
    public int FacetSampleSize { get; set; } = 10_000;

    /// <summary>How many results page-number paging may skip; deeper reading goes by cursor.</summary>
    public int MaxPageNumberOffset { get; set; } = 10_000;

    /// <summary>sort=relevance ranks this many matches, the newest; more would make every page slower.</summary>
    public int RelevanceWindow { get; set; } = 2_000;

    /// <summary>How long a list or facets query may run before PostgreSQL cancels it.</summary>
    public int QueryTimeoutSeconds { get; set; } = 10;
}
