using Dapper;

namespace ArticleApi.Bench.Scenarios;

/// <summary>
/// One thing a client does, twice over: the HTTP request the load generator sends to the API, and the
/// statements the API runs for it, which pgbench sends straight to PostgreSQL.
/// </summary>
/// <param name="Name">Short name, used for file names.</param>
/// <param name="Description">What a reader of the results should picture.</param>
/// <param name="Path">The request path and query.</param>
/// <param name="Requests">The statements of each request, with their parameters as the API binds them;
/// several when requests rotate over <paramref name="Paths"/>.</param>
/// <param name="Paths">When set, requests rotate over these paths, and pgbench over the matching requests.</param>
public sealed record Scenario(
    string Name,
    string Description,
    string Path,
    IReadOnlyList<IReadOnlyList<(string Sql, DynamicParameters Parameters)>> Requests,
    IReadOnlyList<string>? Paths = null);
