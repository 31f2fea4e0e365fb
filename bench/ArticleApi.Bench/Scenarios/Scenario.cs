namespace ArticleApi.Bench.Scenarios;

/// <summary>
/// One thing a client does, twice over: the HTTP request(s) the load generator sends to the API, and
/// the SQL the API runs for it, which pgbench sends straight to PostgreSQL.
/// </summary>
/// <param name="Name">Short name, used for file names.</param>
/// <param name="Description">What a reader of the results should picture.</param>
/// <param name="Path">The request path and query (for by-id, one of several paths; see <paramref name="Paths"/>).</param>
/// <param name="Sql">The statements of one request, with values inlined, for pgbench.</param>
/// <param name="Paths">When set, requests rotate over these paths (and pgbench over <see cref="PgbenchVariants"/>).</param>
public sealed record Scenario(string Name, string Description, string Path, string Sql, IReadOnlyList<string>? Paths = null)
{
    /// <summary>The SQL per rotated path, when requests rotate.</summary>
    public IReadOnlyList<string>? PgbenchVariants { get; init; }

    /// <summary>The statements with parameters, as the API sends them, to show what a prepared (generic) plan would be.</summary>
    public IReadOnlyList<(string Sql, Dapper.DynamicParameters Parameters)> Parameterized { get; init; } = [];
}
