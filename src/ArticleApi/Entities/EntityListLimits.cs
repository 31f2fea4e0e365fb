namespace ArticleApi.Entities;

/// <summary>Where entity lists change strategy (configuration section "Entities").</summary>
public sealed class EntityListLimits
{
    /// <summary>
    /// A prefix that starts fewer entity words than this is answered by looking up each match, and its
    /// totalCount is exact; a commoner one by walking the most mentioned entities, with an estimated total.
    /// </summary>
    public int PrefixLookupLimit { get; set; } = 300;

    /// <summary>Without a prefix, totalCount is exact up to this many entities; beyond, PostgreSQL's estimate.</summary>
    public int ExactCountLimit { get; set; } = 1_000;
}
