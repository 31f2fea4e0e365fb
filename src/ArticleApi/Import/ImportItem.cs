using ArticleApi.Formats;

namespace ArticleApi.Import;

/// <summary>
/// One item of an input file, not read yet: where it is ("path:line"), its bytes as the file holds them (for the
/// rejects file), and how to turn it into an article: the same <see cref="FormatArticle"/> the API's endpoints read,
/// which names refused fields in the format's own terms. <see cref="Read"/> throws <see cref="ArticleFormatException"/>
/// for an item its format cannot make an article of.
/// </summary>
public sealed record ImportItem(string Origin, ReadOnlyMemory<byte> Raw, Func<FormatArticle> Read);

/// <summary>An input file, opened and decompressed when its name ends in .gz.</summary>
/// <param name="Path">The path as the command line gave it or the folder walk found it; items name it in their origin.</param>
public sealed record ImportFile(string Path, Stream Content);

/// <summary>
/// A kind of input file: reads its items one at a time, in file order, holding no more of the file than an item
/// (a JSON array can be streamed with JsonSerializer.DeserializeAsyncEnumerable). A failure to read the file (an
/// IOException, a corrupt .gz) ends the enumeration with that exception.
/// </summary>
public interface IImportFormat
{
    IAsyncEnumerable<ImportItem> ReadAsync(ImportFile file, CancellationToken cancellationToken);
}
