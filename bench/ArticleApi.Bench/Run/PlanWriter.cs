using System.Text;
using System.Text.RegularExpressions;
using ArticleApi.Bench.Scenarios;
using Dapper;
using Npgsql;

namespace ArticleApi.Bench.Run;

/// <summary>
/// Writes each scenario's query plans: EXPLAIN (ANALYZE, BUFFERS) as the API runs the statements
/// (values bound, planned for them), and, for comparison, the plan PostgreSQL settles on once the same
/// statement is PREPAREd and executed ten times (its generic plan, if it switches to one).
/// </summary>
public static partial class PlanWriter
{
    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();

    public static async Task WriteAsync(NpgsqlDataSource dataSource, Scenario scenario, string directory)
    {
        var text = new StringBuilder()
            .AppendLine($"-- {scenario.Name}: {scenario.Description}")
            .AppendLine($"-- GET {scenario.Path}")
            .AppendLine($"-- Recorded {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by ./dev.sh bench, after the scenario's load runs (warm caches).")
            .AppendLine();
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync("SET max_parallel_workers_per_gather = 0");
        var number = 0;
        foreach (var (sql, parameters) in scenario.Requests[0])
        {
            number++;
            var inlined = SqlInliner.Inline(sql, parameters);
            if (sql.TrimStart().StartsWith("EXPLAIN", StringComparison.OrdinalIgnoreCase))
            {
                text.AppendLine($"-- statement {number}: PostgreSQL's row estimate for the count (planned, not run):").AppendLine(inlined.Trim()).AppendLine();
                continue;
            }
            text.AppendLine($"-- statement {number}, as the API runs it (custom plan):").AppendLine(inlined.Trim()).AppendLine();
            text.AppendLine(await ExplainAsync(connection, $"EXPLAIN (ANALYZE, BUFFERS) {inlined}")).AppendLine();

            var (prepared, arguments) = Prepare(sql, parameters);
            await connection.ExecuteAsync("DEALLOCATE ALL");
            await connection.ExecuteAsync(prepared);
            var execute = arguments.Length == 0 ? "EXECUTE statement" : $"EXECUTE statement({arguments})";
            for (var i = 0; i < 10; i++) await connection.ExecuteAsync(execute);
            text.AppendLine($"-- statement {number} PREPAREd, after 10 executions (plan_cache_mode = auto):")
                .AppendLine(await ExplainAsync(connection, $"EXPLAIN (ANALYZE, BUFFERS) {execute}")).AppendLine();
        }
        await connection.ExecuteAsync("DEALLOCATE ALL");
        await File.WriteAllTextAsync(Path.Combine(directory, $"{scenario.Name}.txt"), text.ToString());
    }

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, string sql) =>
        string.Join("\n", await connection.QueryAsync<string>(sql, commandTimeout: 300));

    /// <summary>PREPARE text with $n placeholders and types, and the literal arguments for EXECUTE.</summary>
    private static (string Prepare, string Arguments) Prepare(string sql, DynamicParameters parameters)
    {
        var names = new List<string>();
        var body = Parameter().Replace(sql, match =>
        {
            var name = match.Groups[1].Value;
            if (!parameters.ParameterNames.Contains(name)) return match.Value;
            if (!names.Contains(name)) names.Add(name);
            return "$" + (names.IndexOf(name) + 1);
        });
        var values = names.Select(n => parameters.Get<object?>(n)).ToList();
        var types = string.Join(", ", values.Select(TypeOf));
        return (names.Count == 0 ? $"PREPARE statement AS {body}" : $"PREPARE statement({types}) AS {body}",
            string.Join(", ", values.Select(SqlInliner.Literal)));
    }

    private static string TypeOf(object? value) => value switch
    {
        string => "text",
        string[] => "text[]",
        long => "bigint",
        long[] => "bigint[]",
        int => "integer",
        float => "real",
        Guid => "uuid",
        DateTime or DateTimeOffset => "timestamptz",
        _ => throw new NotSupportedException($"No SQL type for {value?.GetType()}"),
    };
}
