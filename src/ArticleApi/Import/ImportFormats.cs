using System.Text.Json;
using ArticleApi.Import.Ndjson;
using ArticleApi.Import.Ninjs;
using ArticleApi.Import.WireText;

namespace ArticleApi.Import;

/// <summary>What a file holds, by its extension (after an outer .gz, which is decompressed as it is read).</summary>
/// <param name="Format">The format that reads it; null when it is a kind this build cannot read yet.</param>
/// <param name="Unsupported">Why it cannot be read; null when <paramref name="Format"/> reads it.</param>
public sealed record ImportKind(IImportFormat? Format, string? Unsupported);

public sealed class ImportFormats(JsonSerializerOptions json, ImportOptions options)
{
    public const string Gzip = ".gz";

    /// <summary>The extensions an import reads, for messages.</summary>
    public const string Extensions = ".ndjson, .jsonl, .json, .txt (each also .gz)";

    private readonly NdjsonFormat ndjson = new(json);
    private readonly WireTextFormat wireText = new(options);
    private readonly NinjsFormat ninjs = new(json);

    /// <summary>The kind of file at <paramref name="path"/>; null for a file that is not an import file at all.</summary>
    public ImportKind? For(string path)
    {
        var name = path.EndsWith(Gzip, StringComparison.OrdinalIgnoreCase) ? path[..^Gzip.Length] : path;
        return Path.GetExtension(name).ToLowerInvariant() switch
        {
            ".ndjson" or ".jsonl" => new(ndjson, null),
            ".json" => new(ninjs, null),
            ".txt" => new(wireText, null),
            _ => null,
        };
    }
}
