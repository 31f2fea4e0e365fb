using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace ArticleApi.Bench.Run;

/// <summary>What wrk measured against the API.</summary>
public sealed record HttpResult(double RequestsPerSecond, double P50Ms, double P99Ms, long Errors);

/// <summary>Runs the load generators (wrk for HTTP, pgbench for SQL) and reads their reports.</summary>
public static partial class LoadTools
{
    [GeneratedRegex(@"Requests/sec:\s+([\d.]+)")]
    private static partial Regex RequestsPerSecond();

    [GeneratedRegex(@"^\s+(50|99)(?:\.000)?%\s+([\d.]+)(us|ms|s)\s*$", RegexOptions.Multiline)]
    private static partial Regex Percentile();

    [GeneratedRegex(@"Non-2xx or 3xx responses:\s+(\d+)")]
    private static partial Regex Non2xx();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();

    [GeneratedRegex(@"tps = ([\d.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    public static async Task<HttpResult> WrkAsync(string url, int connections, int seconds, string? luaScript = null)
    {
        var arguments = $"-t2 -c{connections} -d{seconds}s --latency --timeout 10s {(luaScript is null ? "" : $"-s {luaScript} ")}{url}";
        var output = await RunAsync("wrk", arguments);
        var percentiles = Percentile().Matches(output).ToDictionary(m => m.Groups[1].Value, m => Milliseconds(m.Groups[2].Value, m.Groups[3].Value));
        var errors = Non2xx().Match(output) is { Success: true } non2xx ? long.Parse(non2xx.Groups[1].Value) : 0;
        if (SocketErrors().Match(output) is { Success: true } socket)
            errors += Enumerable.Range(1, 4).Sum(i => long.Parse(socket.Groups[i].Value));
        return new HttpResult(
            double.Parse(RequestsPerSecond().Match(output).Groups[1].Value, CultureInfo.InvariantCulture),
            percentiles["50"], percentiles["99"], errors);
    }

    /// <summary>pgbench with prepared statements, as the API prepares them; variables bound as parameters.</summary>
    public static async Task<double> PgbenchAsync(IReadOnlyList<string> scriptFiles, IReadOnlyDictionary<string, string> variables,
        int connections, int seconds, string database, IReadOnlyDictionary<string, string> environment)
    {
        List<string> arguments = ["-n", "-c", $"{connections}", "-j", "2", "-T", $"{seconds}", "-M", "prepared"];
        foreach (var file in scriptFiles) arguments.AddRange(["-f", file]);
        foreach (var (name, value) in variables) arguments.AddRange(["-D", $"{name}={value}"]);
        arguments.Add(database);
        var output = await RunAsync("pgbench", arguments, environment);
        return double.Parse(Tps().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
    }

    public static Task<string> RunAsync(string file, string arguments, IReadOnlyDictionary<string, string>? environment = null) =>
        RunAsync(file, arguments.Split(' ', StringSplitOptions.RemoveEmptyEntries), environment);

    public static async Task<string> RunAsync(string file, IReadOnlyList<string> arguments, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {arguments} failed ({process.ExitCode}): {await error}{await output}");
        return await output + await error;
    }

    private static double Milliseconds(string value, string unit) =>
        double.Parse(value, CultureInfo.InvariantCulture) * unit switch { "us" => 0.001, "s" => 1000, _ => 1 };
}
