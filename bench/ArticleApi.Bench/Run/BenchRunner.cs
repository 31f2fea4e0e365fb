using System.Diagnostics;
using System.Globalization;
using System.Text;
using ArticleApi.Bench.Scenarios;
using Dapper;
using Npgsql;

namespace ArticleApi.Bench.Run;

/// <summary>What one scenario came to: the API through wrk, the same SQL through pgbench.</summary>
public sealed record ScenarioResult(Scenario Scenario, HttpResult Api, double PgbenchTps);

/// <summary>
/// Starts the API (Release) on 127.0.0.1 against the benchmark database, drives every scenario with
/// wrk and the same SQL with pgbench at the same concurrency, writes the plans and the results file.
/// </summary>
public sealed class BenchRunner(string connectionString, string apiDll, int port, int connections, int seconds, string benchDirectory)
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    public async Task<int> RunAsync()
    {
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        var scenarios = await new ScenarioBuilder(dataSource).BuildAsync();
        var work = Directory.CreateDirectory(Path.Combine(benchDirectory, ".work")).FullName;
        var plans = Directory.CreateDirectory(Path.Combine(benchDirectory, "plans")).FullName;

        // An API left running on the port (by an aborted run) would answer instead, with its own code and keys.
        if (await AnswersAsync()) throw new InvalidOperationException($"Something already answers on port {port}; stop it first.");
        using var api = StartApi();
        try
        {
            return await MeasureAsync(api, dataSource, scenarios, work, plans);
        }
        finally
        {
            if (!api.HasExited) api.Kill(entireProcessTree: true);
        }
    }

    private async Task<bool> AnswersAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        try
        {
            await client.GetAsync(Url("/health/live"));
            return true;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    private async Task<int> MeasureAsync(Process api, NpgsqlDataSource dataSource, IReadOnlyList<Scenario> scenarios, string work, string plans)
    {
        await WaitUntilReadyAsync();
        if (api.HasExited) throw new InvalidOperationException($"The API exited at start ({api.ExitCode}).");
        var scripts = new Dictionary<string, (string? Lua, IReadOnlyList<string> Files, IReadOnlyDictionary<string, string> Variables)>();
        foreach (var scenario in scenarios) scripts[scenario.Name] = await WriteScriptsAsync(scenario, work);

        // A fresh .NET process compiles its hot paths again (tiered JIT, PGO) over its first tens of
        // seconds under load; a long-running service is past that, so every path is exercised first.
        Console.WriteLine("bench: warming the API up on every scenario");
        foreach (var scenario in scenarios) await LoadTools.WrkAsync(Url(scenario.Path), connections, 5, scripts[scenario.Name].Lua);

        var results = new List<ScenarioResult>();
        foreach (var scenario in scenarios)
        {
            Console.WriteLine($"bench: {scenario.Name}: GET {scenario.Path}");
            var (lua, files, variables) = scripts[scenario.Name];
            await Task.Delay(TimeSpan.FromSeconds(2)); // let the previous run's last requests finish
            await LoadTools.WrkAsync(Url(scenario.Path), connections, 3, lua);
            var http = await LoadTools.WrkAsync(Url(scenario.Path), connections, seconds, lua);
            var tps = await LoadTools.PgbenchAsync(files, variables, connections, seconds, Database, PgEnvironment);
            Console.WriteLine($"bench:   API {http.RequestsPerSecond:N0} req/s, p50 {http.P50Ms:N2} ms, p99 {http.P99Ms:N2} ms, " +
                              $"errors {http.Errors}; pgbench {tps:N0} tps");
            await PlanWriter.WriteAsync(dataSource, scenario, plans);
            results.Add(new ScenarioResult(scenario, http, tps));
        }
        api.Kill(entireProcessTree: true);

        var loadCosts = await LoadCosts.MeasureAsync(dataSource);
        await File.WriteAllTextAsync(Path.Combine(benchDirectory, "RESULTS.md"), await ReportAsync(dataSource, results, loadCosts));
        Console.WriteLine($"bench: wrote {Path.Combine(benchDirectory, "RESULTS.md")} and plans/");
        return results.All(r => r.Api.Errors == 0) ? 0 : 1;
    }

    private string Url(string path) => $"http://127.0.0.1:{port}{path}";

    private NpgsqlConnectionStringBuilder Settings => new(connectionString);
    private string Database => Settings.Database!;
    private Dictionary<string, string> PgEnvironment => new()
    {
        ["PGHOST"] = Settings.Host!, ["PGPORT"] = Settings.Port.ToString(Invariant),
        ["PGUSER"] = Settings.Username!, ["PGPASSWORD"] = Settings.Password ?? "",
    };

    private Process StartApi()
    {
        var start = new ProcessStartInfo("dotnet", $"{apiDll} --urls http://127.0.0.1:{port}")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(apiDll)!,
        };
        start.Environment["ConnectionStrings__Articles"] = connectionString;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        // wrk sends thousands of requests a second from one address: per-client budgets would answer 429.
        start.Environment["Limits__RateLimitingEnabled"] = "false";
        var process = Process.Start(start)!;
        // Production logging stays on (one JSON line per request); it is drained, not kept.
        _ = process.StandardOutput.BaseStream.CopyToAsync(Stream.Null);
        _ = process.StandardError.BaseStream.CopyToAsync(Stream.Null);
        return process;
    }

    private async Task WaitUntilReadyAsync()
    {
        using var client = new HttpClient();
        for (var attempt = 0; attempt < 120; attempt++)
        {
            try
            {
                if ((await client.GetAsync(Url("/health/ready"))).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException)
            {
            }
            await Task.Delay(500);
        }
        throw new TimeoutException("The API did not become ready within 60 s.");
    }

    private static async Task<(string? Lua, IReadOnlyList<string> Scripts, IReadOnlyDictionary<string, string> Variables)> WriteScriptsAsync(
        Scenario scenario, string work)
    {
        var scripts = new List<string>();
        var variables = new Dictionary<string, string>();
        for (var r = 0; r < scenario.Requests.Count; r++)
        {
            var lines = new List<string>();
            for (var s = 0; s < scenario.Requests[r].Count; s++)
            {
                var (sql, parameters) = scenario.Requests[r][s];
                var (script, values) = SqlInliner.ForPgbench(sql, parameters, $"r{r}s{s}");
                // pgbench reads a statement per line: one line each, ending in a semicolon.
                lines.Add(script.ReplaceLineEndings(" ").Trim().TrimEnd(';') + ";");
                foreach (var (name, value) in values) variables[name] = value;
            }
            var file = Path.Combine(work, $"{scenario.Name}-{r}.sql");
            await File.WriteAllLinesAsync(file, lines);
            scripts.Add(file);
        }
        if (scenario.Paths is null) return (null, scripts, variables);
        var lua = Path.Combine(work, $"{scenario.Name}.lua");
        var paths = string.Join(",\n", scenario.Paths.Select(p => $"  \"{p}\""));
        await File.WriteAllTextAsync(lua, $$"""
            paths = {
            {{paths}}
            }
            counter = 0
            request = function()
              counter = counter + 1
              return wrk.format("GET", paths[(counter % #paths) + 1])
            end
            """);
        return (lua, scripts, variables);
    }

    private async Task<string> ReportAsync(NpgsqlDataSource dataSource, IReadOnlyList<ScenarioResult> results,
        IReadOnlyList<(string Step, double MicrosecondsPerArticle)> loadCosts)
    {
        await using var connection = await dataSource.OpenConnectionAsync();
        await connection.ExecuteAsync(Load.BenchLoader.CreateRunsTable);
        var articles = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles");
        var links = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM article_entities");
        var entities = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM entities");
        var size = await connection.ExecuteScalarAsync<string>("SELECT pg_size_pretty(pg_database_size(current_database()))");
        var postgres = await connection.ExecuteScalarAsync<string>("SHOW server_version");
        var load = await connection.QueryFirstOrDefaultAsync<(string Summary, DateTime At)?>(
            "SELECT summary, recorded_at FROM bench_runs WHERE kind = 'load' ORDER BY recorded_at DESC LIMIT 1");

        var report = new StringBuilder();
        report.AppendLine("# Benchmark results").AppendLine()
            .AppendLine($"Recorded {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC by `./dev.sh bench` (see bench/README.md). " +
                        $"Every run: {connections} connections, {seconds} s, after a warm-up; wrk against the API on 127.0.0.1, " +
                        "then pgbench running the same statements against PostgreSQL, prepared and with the values bound as " +
                        "parameters, as the API's Npgsql runs them.")
            .AppendLine()
            .AppendLine("## Machine").AppendLine()
            .AppendLine($"- {await MachineAsync()}")
            .AppendLine($"- PostgreSQL {postgres}, .NET {Environment.Version}; API, PostgreSQL, wrk and pgbench all on this one machine")
            .AppendLine($"- Data: {articles:N0} articles, {links:N0} entity mentions of {entities:N0} entities, database {size}")
            .AppendLine($"- Bulk load (ArticleBulkWriter, binary COPY): {(load is { } l ? $"{l.Summary} (recorded {l.At:yyyy-MM-dd HH:mm} UTC)" : "not recorded")}")
            .AppendLine()
            .AppendLine("## Scenarios").AppendLine()
            .AppendLine("| scenario | what | API req/s | p50 ms | p99 ms | pgbench tps, same SQL | API ÷ pgbench | floors |")
            .AppendLine("|---|---|---:|---:|---:|---:|---:|---|");
        foreach (var r in results)
        {
            var ratio = r.Api.RequestsPerSecond / r.PgbenchTps;
            var throughputFloor = Math.Min(0.5 * r.PgbenchTps, 5000);
            var floors = (r.Api.P99Ms <= 50 ? "p99 ✓" : "p99 ✗") + ", " + (r.Api.RequestsPerSecond >= throughputFloor ? "throughput ✓" : "throughput ✗")
                         + (r.Api.Errors > 0 ? $", {r.Api.Errors} errors" : "");
            report.AppendLine(string.Create(Invariant,
                $"| {r.Scenario.Name} | {r.Scenario.Description} | {r.Api.RequestsPerSecond:N0} | {r.Api.P50Ms:N2} | {r.Api.P99Ms:N2} | {r.PgbenchTps:N0} | {ratio:P0} | {floors} |"));
        }
        var first = results.FirstOrDefault(r => r.Scenario.Name == "latest");
        var deep = results.FirstOrDefault(r => r.Scenario.Name == "cursor-100000");
        if (first is not null && deep is not null)
        {
            report.AppendLine().AppendLine(string.Create(Invariant,
                $"Cursor paging 100,000 deep vs the first page: p50 {deep.Api.P50Ms:N2} ms vs {first.Api.P50Ms:N2} ms " +
                $"({deep.Api.P50Ms / first.Api.P50Ms:N2}×), throughput {deep.Api.RequestsPerSecond:N0} vs {first.Api.RequestsPerSecond:N0} req/s " +
                $"(cost {first.Api.RequestsPerSecond / deep.Api.RequestsPerSecond:N2}×); floor: within 1.5×."));
        }
        report.AppendLine().AppendLine("Plans of every statement, as run and as a prepared statement would run them after ten executions: bench/plans/.");

        report.AppendLine().AppendLine("## Where bulk-load time goes").AppendLine()
            .AppendLine("PostgreSQL's own work per article, measured on 5,000 loaded articles copied into temporary tables " +
                        "(no WAL, so a little under the real cost), single-threaded:").AppendLine()
            .AppendLine("| step | µs per article |").AppendLine("|---|---:|");
        foreach (var (step, micros) in loadCosts) report.AppendLine(string.Create(Invariant, $"| {step} | {micros:N0} |"));
        return report.ToString();
    }

    private static async Task<string> MachineAsync()
    {
        var cpu = (await File.ReadAllLinesAsync("/proc/cpuinfo")).FirstOrDefault(l => l.StartsWith("model name"))?.Split(':')[1].Trim();
        var memory = (await File.ReadAllLinesAsync("/proc/meminfo")).First(l => l.StartsWith("MemTotal")).Split(':')[1].Trim();
        return $"{Environment.ProcessorCount} cores ({cpu}), {memory} memory, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}";
    }
}
