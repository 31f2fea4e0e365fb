using System.Globalization;
using System.Runtime.CompilerServices;
using ArticleApi.Articles;
using ArticleApi.Formats;
using ArticleApi.Formats.WireText;

namespace ArticleApi.Import.WireText;

/// <summary>
/// Wire text (.txt): one item of plain wire copy per file, read as POST /articles reads a text/plain body (dateline,
/// first-line headline, language detection). What the query string gives over HTTP comes from the command line:
/// --source and --language, and --published-at, else the time the file was last written (when the copy came in).
/// </summary>
public sealed class WireTextFormat(ImportOptions options, int maxFileBytes = WireTextFormat.MaxFileBytes) : IImportFormat
{
    /// <summary>The API's body limit (1 MiB): a larger file is refused unread, as POST would refuse it.</summary>
    public const int MaxFileBytes = 1024 * 1024;

    public async IAsyncEnumerable<ImportItem> ReadAsync(ImportFile file, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var (bytes, length) = await ReadAtMostAsync(file.Content, maxFileBytes, cancellationToken);
        if (length > maxFileBytes)
        {
            yield return new ImportItem(file.Path, bytes, () => throw new ArticleFormatException("body", string.Create(CultureInfo.InvariantCulture,
                $"The file has more than {maxFileBytes:N0} bytes; wire copy is read up to the API's body limit of 1 MiB.")));
            yield break;
        }
        var publishedAt = options.PublishedAt ?? new DateTimeOffset(File.GetLastWriteTimeUtc(file.Path), TimeSpan.Zero);
        var read = new WireTextOptions(publishedAt, Language: options.Language);
        yield return new ImportItem(file.Path, bytes, () => new FormatArticle(Read(bytes, read)));
    }

    /// <summary>
    /// The copy as an article: the agency its dateline names, else --source. Over HTTP ?source= wins over the dateline,
    /// but an import's --source is the default for a whole folder, which may hold several agencies' copy.
    /// </summary>
    private ArticleRequest Read(byte[] bytes, WireTextOptions read)
    {
        try
        {
            return WireTextReader.Read(bytes.AsSpan(), read);
        }
        catch (ArticleFormatException e) when (e.Errors.ContainsKey("source") && options.Source is not null)
        {
            return WireTextReader.Read(bytes.AsSpan(), read with { Source = options.Source });
        }
    }

    /// <summary>The file's bytes, or its first <paramref name="limit"/> + 1 when it is longer (the length then says so).</summary>
    private static async Task<(byte[] Bytes, long Length)> ReadAtMostAsync(Stream content, int limit, CancellationToken cancellationToken)
    {
        // Grown as the file is read: a buffer of the limit per file would allocate 1 MiB for every 4 KB item.
        using var kept = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while (kept.Length <= limit && (read = await content.ReadAsync(chunk, cancellationToken)) > 0)
            kept.Write(chunk, 0, (int)Math.Min(read, limit + 1 - kept.Length));
        return (kept.ToArray(), kept.Length);
    }
}
