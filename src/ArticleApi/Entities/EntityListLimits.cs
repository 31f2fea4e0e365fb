namespace ArticleApi.Entities;

/// <summary>How far entity lists count (configuration section "Entities").</summary>
public sealed class EntityListLimits
{
    /// <summary>
    /// totalCount is exact up to this many entities (without a prefix, or for one typed word of up to four
    /// letters), and on the last page; beyond, PostgreSQL's estimate.
    /// </summary>
    public int ExactCountLimit { get; set; } = 1_000;
}
