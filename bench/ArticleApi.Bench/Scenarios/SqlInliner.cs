using System.Globalization;
using System.Text.RegularExpressions;
using Dapper;

namespace ArticleApi.Bench.Scenarios;

/// <summary>Writes a parameterised statement with its values as literals, so pgbench can run it as the API would.</summary>
public static partial class SqlInliner
{
    [GeneratedRegex(@"@(\w+)")]
    private static partial Regex Parameter();

    public static string Inline(string sql, DynamicParameters parameters)
    {
        var values = parameters.ParameterNames.ToDictionary(n => n, n => parameters.Get<object?>(n));
        return Parameter().Replace(sql, match =>
            values.TryGetValue(match.Groups[1].Value, out var value) ? Literal(value) : match.Value);
    }

    public static string Literal(object? value) => value switch
    {
        null => "NULL",
        string s => Quote(s),
        string[] a => $"ARRAY[{string.Join(", ", a.Select(Quote))}]::text[]",
        long[] a => $"ARRAY[{string.Join(", ", a)}]::bigint[]",
        long or int or short => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        float f => $"{f.ToString("R", CultureInfo.InvariantCulture)}::real",
        Guid g => $"'{g}'::uuid",
        DateTimeOffset d => $"'{d.UtcDateTime:yyyy-MM-ddTHH:mm:ss.ffffffZ}'::timestamptz",
        DateTime d => $"'{DateTime.SpecifyKind(d, DateTimeKind.Utc):yyyy-MM-ddTHH:mm:ss.ffffffZ}'::timestamptz",
        _ => throw new NotSupportedException($"No SQL literal for {value.GetType()}"),
    };

    private static string Quote(string text) => "'" + text.Replace("'", "''") + "'";
}
