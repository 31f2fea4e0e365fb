using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleApi.Bench.Generator;

namespace ArticleApi.Bench.Load;

/// <summary>
/// Writes the generator's articles as an NDJSON file of POST /articles bodies, one per line: the input of the
/// import benchmark (bench/README.md, "Import").
/// </summary>
public static class NdjsonFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static int Write(string path, int count)
    {
        using var file = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        foreach (var article in new ArticleGenerator().Generate(count))
        {
            JsonSerializer.Serialize(file, BenchLoader.ToRequest(article), Json);
            file.WriteByte((byte)'\n');
        }
        Console.WriteLine($"ndjson: {count:N0} articles, {file.Length / 1e6:N1} MB in {path}");
        return 0;
    }
}
