using System.Text.Json;

namespace ArticleApi.Database;

/// <summary>PostgreSQL's estimate of how many rows a query returns, from its EXPLAIN (FORMAT JSON).</summary>
public static class PlanEstimate
{
    public static long Rows(string plan) =>
        (long)JsonDocument.Parse(plan).RootElement[0].GetProperty("Plan").GetProperty("Plan Rows").GetDouble();
}
