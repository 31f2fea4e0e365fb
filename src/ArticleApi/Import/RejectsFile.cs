using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace ArticleApi.Import;

/// <summary>
/// The rejects file: one JSON object per rejected item, in input order. `origin` is "path:line" (or the path, for a
/// whole file), `field` and `reason` the first thing wrong (field in the item's own terms, "$" for the item as a
/// whole, null for a file), `errors` every field wrong, `item` the item as the file holds it (invalid UTF-8 shown as
/// U+FFFD), cut at 10,000 characters with `itemTruncated: true`. Each line is flushed as written, so the file is
/// complete however the run ends. Only HTML-sensitive characters are left unescaped: the file is read by people
/// and JSON parsers, never embedded in a page.
/// </summary>
public sealed class RejectsFile : IAsyncDisposable
{
    public const int KeptItemCharacters = 10_000;

    private readonly Stream stream;
    private readonly Utf8JsonWriter writer;

    private RejectsFile(Stream stream)
    {
        this.stream = stream;
        writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Creates (or empties) the file; an IOException or UnauthorizedAccessException when it cannot.</summary>
    public static RejectsFile Create(string path) => new(new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.Read));

    /// <summary>A stream of the caller's, for tests.</summary>
    public static RejectsFile To(Stream stream) => new(stream);

    public void Add(string origin, IReadOnlyDictionary<string, string[]> errors, ReadOnlyMemory<byte>? item)
    {
        var (field, reasons) = errors.First();
        writer.WriteStartObject();
        writer.WriteString("origin", origin);
        writer.WriteString("field", field);
        writer.WriteString("reason", reasons[0]);
        writer.WriteStartObject("errors");
        foreach (var (name, messages) in errors)
        {
            writer.WriteStartArray(name);
            foreach (var message in messages) writer.WriteStringValue(message);
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
        if (item is { } bytes)
        {
            var text = Encoding.UTF8.GetString(bytes.Span);
            var kept = text.Length <= KeptItemCharacters ? text.Length
                : char.IsHighSurrogate(text[KeptItemCharacters - 1]) ? KeptItemCharacters - 1 : KeptItemCharacters;
            writer.WriteString("item", text.AsSpan(0, kept));
            if (kept < text.Length) writer.WriteBoolean("itemTruncated", true);
        }
        EndLine();
    }

    /// <summary>A file that could not be read at all, or stopped being readable.</summary>
    public void AddFile(string path, string reason)
    {
        writer.WriteStartObject();
        writer.WriteString("origin", path);
        writer.WriteNull("field");
        writer.WriteString("reason", reason);
        writer.WriteStartObject("errors");
        writer.WriteEndObject();
        EndLine();
    }

    private void EndLine()
    {
        writer.WriteEndObject();
        writer.Flush();
        writer.Reset();
        stream.Write("\n"u8);
        stream.Flush();
    }

    public async ValueTask DisposeAsync()
    {
        await writer.DisposeAsync();
        await stream.DisposeAsync();
    }
}
