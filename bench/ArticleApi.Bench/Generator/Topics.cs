namespace ArticleApi.Bench.Generator;

/// <summary>News desks an article belongs to; the index selects the topic vocabulary and the URL section.</summary>
internal static class Topics
{
    public const int Count = 10;

    // Politics, economy, justice, world, sports, climate, health, technology, transport, culture.
    public static readonly WeightedIndex Shares = WeightedIndex.FromInts([16, 18, 12, 14, 10, 6, 7, 6, 6, 5]);
}
