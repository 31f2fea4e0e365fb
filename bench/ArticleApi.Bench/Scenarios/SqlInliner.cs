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

    /// <summary>
    /// The statement for pgbench -M prepared: each parameter becomes a pgbench variable (:p1, :p2, …), bound
    /// as a parameter like the API binds it, with its value given on the command line (-D p1=…).
    /// </summary>
    public static (string Script, IReadOnlyDictionary<string, string> Variables) ForPgbench(string sql, DynamicParameters parameters, string prefix)
    {
        var names = parameters.ParameterNames.ToList();
        var variables = new Dictionary<string, string>();
        var script = Parameter().Replace(sql, match =>
        {
            var index = names.IndexOf(match.Groups[1].Value);
            if (index < 0) return match.Value;
            var variable = $"{prefix}p{index + 1}";
            variables[variable] = Text(parameters.Get<object?>(names[index]));
            return ":" + variable;
        });
        return (script, variables);
    }

    /// <summary>A value as PostgreSQL reads it from text.</summary>
    private static string Text(object? value) => value switch
    {
        string s => s,
        string[] a => "{" + string.Join(",", a.Select(v => "\"" + v.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"")) + "}",
        long[] a => "{" + string.Join(",", a) + "}",
        DateTimeOffset d => d.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
        DateTime d => DateTime.SpecifyKind(d, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ss.ffffffZ", CultureInfo.InvariantCulture),
        float f => f.ToString("R", CultureInfo.InvariantCulture),
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

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
