using System.Buffers;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using ArticleApi.Articles;
using ArticleApi.Common.Problems;
using ArticleApi.Formats;
using ArticleApi.Import.Ninjs;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Import.Ndjson;

/// <summary>
/// NDJSON (.ndjson, .jsonl): one JSON object per line, each an article as POST /articles takes it, or a line of
/// GET /articles/export (recognised by its "id"). Blank lines are skipped. A line is read with the API's own
/// JSON settings, so it is refused for what the API would refuse, in the same words.
/// </summary>
public sealed class NdjsonFormat(JsonSerializerOptions json, int maxLineBytes = NdjsonLines.MaxLineBytes) : IImportFormat
{
    private readonly JsonProblems problems = new(json);

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportFile file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var line in NdjsonLines.ReadAsync(file.Content, maxLineBytes, cancellationToken))
        {
            var origin = $"{file.Path}:{line.Number}";
            if (line.TooLong)
            {
                yield return new ImportItem(origin, line.Bytes, () => throw new ArticleFormatException("$", string.Create(CultureInfo.InvariantCulture,
                    $"The line has {line.Length:N0} bytes; a line of more than {maxLineBytes:N0} bytes is not read (an article's body is at most 200,000 characters).")));
                continue;
            }
            var bytes = line.Number == 1 && line.Bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? line.Bytes[3..] : line.Bytes;
            if (bytes.AsSpan().IndexOfAnyExcept(" \t\r"u8) < 0) continue;
            yield return new ImportItem(origin, bytes, () => Parse(bytes, line.Complete));
        }
    }

    private FormatArticle Parse(byte[] line, bool complete)
    {
        if (!Utf8.IsValid(line))
            throw new ArticleFormatException("$", $"The line is not valid UTF-8 (byte {FirstInvalidByte(line) + 1}).");
        var kind = Classify(line);
        try
        {
            return kind switch
            {
                LineKind.NotAnObject => throw new ArticleFormatException("$",
                    "A line must be a JSON object: an article as POST /articles takes it, or a line of GET /articles/export."),
                LineKind.Export => new FormatArticle(FromExport(JsonSerializer.Deserialize<ArticleResponse>(line, json)!)),
                LineKind.Ninjs => NinjsFormat.Read(line, json),
                _ => new FormatArticle(JsonSerializer.Deserialize<ArticleRequest>(line, json)!),
            };
        }
        catch (JsonException error)
        {
            throw Refusal(error, kind switch { LineKind.Export => typeof(ArticleResponse), LineKind.Ninjs => typeof(JsonElement), _ => typeof(ArticleRequest) }, complete);
        }
    }

    private ArticleFormatException Refusal(JsonException error, Type type, bool complete)
    {
        if (!JsonProblems.IsMalformed(error) && problems.From(error, type) is ValidationProblemDetails { Errors.Count: > 0 } invalid)
        {
            var (field, messages) = invalid.Errors.First();
            return new ArticleFormatException(field, messages[0]);
        }
        var reason = $"The line is not valid JSON: {JsonProblems.MalformedReason(error)} (byte {error.BytePositionInLine + 1}).";
        return new ArticleFormatException("$", complete ? reason
            : $"{reason} It is the file's last line and no line break ends it: the file was probably cut off.");
    }

    /// <summary>
    /// A line of GET /articles/export (or an article as GET /articles/{id} answers it) as the request that stores the
    /// same article. What the service manages (id, version, times, who, the dateline's place) is ignored. Entities the
    /// service found (origin "extracted") are left out: it finds them again in the same text, with the same keys and
    /// counts; the others go back as the editor's. The dateline goes back as stored, read from the body or not.
    /// </summary>
    private static ArticleRequest FromExport(ArticleResponse article) => new()
    {
        Source = article.Source,
        ExternalId = article.ExternalId,
        Headline = article.Headline,
        Summary = article.Summary,
        Body = article.Body,
        Dateline = article.Dateline,
        Language = article.Language,
        Byline = article.Byline,
        Url = article.Url,
        PublishedAt = article.PublishedAt == default ? null : article.PublishedAt, // left out: the validator's "required"
        Entities = article.Entities?.Where(e => e is null || e.Origin != EntityOrigin.Extracted).Select(e => e is null ? null! : new EntityRequest { Name = e.Name, Type = e.Type }).ToList(),
    };

    private enum LineKind { Request, Export, Ninjs, NotAnObject }

    /// <summary>
    /// What the line's top-level properties say it is: ours have no "id", exports have one, ninjs items have a "uri".
    /// JSON that breaks off is classified by what came before, and the deserializer then says where it broke.
    /// </summary>
    private static LineKind Classify(byte[] line)
    {
        var reader = new Utf8JsonReader(line);
        var kind = LineKind.Request;
        try
        {
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject) return LineKind.NotAnObject;
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8)) kind = LineKind.Export;
                else if (reader.ValueTextEquals("uri"u8)) return LineKind.Ninjs;
                reader.Skip();
            }
        }
        catch (JsonException)
        {
            // Reported by the deserializer, with its position.
        }
        return kind;
    }

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var at = 0;
        while (at < bytes.Length)
        {
            if (System.Text.Rune.DecodeFromUtf8(bytes[at..], out _, out var length) != OperationStatus.Done) return at;
            at += length;
        }
        return at;
    }
}
