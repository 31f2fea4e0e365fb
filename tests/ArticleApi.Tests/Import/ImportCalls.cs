using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArticleApi.Articles;
using ArticleApi.Import;
using ArticleApi.Tests.Infrastructure;

namespace ArticleApi.Tests.Import;

/// <summary>What one run of the import command did: its exit code, what it printed and its rejects file.</summary>
public sealed record ImportRun(int ExitCode, string Output, string Errors, List<JsonElement> Rejects)
{
    /// <summary>The last line printed: the summary.</summary>
    public string Summary => Output.TrimEnd().Split('\n')[^1];

    public override string ToString() => $"exit {ExitCode}\n{Output}\n{Errors}";
}

/// <summary>A temporary folder for one test's input files, and the import command run over them in this process.</summary>
public sealed class ImportFolder : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("articleapi-import-").FullName;

    public string RejectsPath => System.IO.Path.Combine(Path, "rejects.ndjson");

    public string File(string name, IEnumerable<string> lines) => Bytes(name, Encoding.UTF8.GetBytes(string.Concat(lines.Select(l => l + "\n"))));

    public string Bytes(string name, byte[] content)
    {
        var file = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(file)!);
        System.IO.File.WriteAllBytes(file, content);
        return file;
    }

    /// <summary>Runs `import` as the binary would, with its output not a terminal, into the database of <paramref name="api"/>.</summary>
    public Task<ImportRun> ImportAsync(ArticleApiFactory api, params string[] args) => ImportAsync(api.ConnectionString, args);

    public async Task<ImportRun> ImportAsync(string connectionString, params string[] args)
    {
        if (System.IO.File.Exists(RejectsPath)) System.IO.File.Delete(RejectsPath);
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = await ImportCommand.RunAsync(["--rejects", RejectsPath, .. args], new ImportConsole(output, errors, IsTerminal: false, Width: 100),
            [new("ConnectionStrings:Articles", connectionString)], CancellationToken.None);
        var rejects = System.IO.File.Exists(RejectsPath)
            ? System.IO.File.ReadAllLines(RejectsPath).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList()
            : [];
        return new ImportRun(exit, output.ToString(), errors.ToString(), rejects);
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}

public static class ImportCalls
{
    /// <summary>Every stored article of these sources, as GET /articles/export answers them, by externalId.</summary>
    public static async Task<Dictionary<string, JsonElement>> ExportedAsync(this ArticleApiFactory api, params string[] sources)
    {
        var all = await api.ExportAsync(string.Join('&', sources.Select(s => $"source={Uri.EscapeDataString(s)}")));
        return all.ToDictionary(a => a.GetProperty("externalId").GetString() ?? a.GetProperty("id").GetString()!);
    }

    public static async Task<List<JsonElement>> ExportAsync(this ArticleApiFactory api, string query = "")
    {
        using var reader = api.Anonymous();
        var response = await reader.GetAsync($"/articles/export?{query}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ArticlesApi.NdjsonContentType, response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        return [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())];
    }

    public static Task<long> CountAsync(this ArticleApiFactory api, string source) =>
        api.ScalarAsync<long>($"SELECT count(*) FROM articles WHERE source = '{source}'");

    public static string Line(this JsonNode article) => article.ToJsonString();

    /// <summary>The reject of a file that is one item (wire text).</summary>
    public static JsonElement RejectOf(this ImportRun run, string file) =>
        Assert.Single(run.Rejects, r => r.GetProperty("origin").GetString() == file);

    /// <summary>The reject whose origin ends in ":<paramref name="line"/>".</summary>
    public static JsonElement RejectOf(this ImportRun run, string file, int line) =>
        Assert.Single(run.Rejects, r => r.GetProperty("origin").GetString() == $"{file}:{line}");
}
