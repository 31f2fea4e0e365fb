using System.Buffers;
using System.IO.Pipelines;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ArticleApi.Formats;
using ArticleApi.Formats.Ninjs;

namespace ArticleApi.Import.Ninjs;

/// <summary>
/// ninjs (.json): a file holds one ninjs item, several one after another, or a JSON array of them; each is read as
/// POST /articles reads an application/ninjs+json body (NinjsReader), origin "path:N" for the N-th item. An array is
/// streamed, so a file of any length is held one item at a time; JSON that breaks off ends the file there, with
/// the items before it read.
/// </summary>
public sealed class NinjsFormat(JsonSerializerOptions json) : IImportFormat
{
    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportFile file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(file.Content);
        var isArray = await OpensWithAsync(reader, (byte)'[', cancellationToken);
        var items = JsonSerializer.DeserializeAsyncEnumerable<JsonElement>(reader.AsStream(), topLevelValues: !isArray, json, cancellationToken);
        var number = 0;
        await foreach (var item in items)
        {
            number++;
            yield return new ImportItem($"{file.Path}:{number}", Encoding.UTF8.GetBytes(item.GetRawText()), () => NinjsReader.Read(item));
        }
    }

    /// <summary>A line of NDJSON that is a ninjs item (it has a "uri"), read with the API's JSON settings.</summary>
    public static FormatArticle Read(byte[] line, JsonSerializerOptions json) => NinjsReader.Read(JsonSerializer.Deserialize<JsonElement>(line, json));

    // The bytes of JSON whitespace and of a UTF-8 byte order mark (EF BB BF); "\xEF" in a u8 literal would be U+00EF's two bytes.
    private static readonly byte[] WhitespaceAndByteOrderMark = [0x20, 0x09, 0x0D, 0x0A, 0xEF, 0xBB, 0xBF];

    /// <summary>Whether the first byte that is not whitespace (or a byte order mark) is <paramref name="first"/>; consumes nothing.</summary>
    private static async Task<bool> OpensWithAsync(PipeReader reader, byte first, CancellationToken cancellationToken)
    {
        while (true)
        {
            var result = await reader.ReadAsync(cancellationToken);
            var content = new SequenceReader<byte>(result.Buffer);
            content.AdvancePastAny(WhitespaceAndByteOrderMark);
            if (content.TryPeek(out var found))
            {
                reader.AdvanceTo(result.Buffer.Start, content.Position);
                return found == first;
            }
            reader.AdvanceTo(result.Buffer.Start, result.Buffer.End);
            if (result.IsCompleted) return false;
        }
    }
}
