using System.Runtime.CompilerServices;

namespace ArticleApi.Import.Ndjson;

/// <summary>One line of an NDJSON file, without its line break (LF or CRLF).</summary>
/// <param name="Number">1 for the first line of the file.</param>
/// <param name="Bytes">The line; for a line longer than the limit, only its first bytes.</param>
/// <param name="Length">How many bytes the whole line has.</param>
/// <param name="Complete">Whether a line break ends it: only the last line of a file can lack one.</param>
public sealed record NdjsonLine(long Number, byte[] Bytes, long Length, bool Complete)
{
    public bool TooLong => Length > Bytes.Length;
}

/// <summary>
/// Splits a stream into lines, holding at most one line in memory: a line longer than the limit is not kept
/// (its first bytes are, for the rejects file) and reading goes on at the next line.
/// </summary>
public static class NdjsonLines
{
    /// <summary>An article is at most 200,000 characters of body plus short fields: a line of 4 MiB is no article.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    /// <summary>How much of an over-long line is kept to show what it was.</summary>
    public const int KeptOfLongLine = 16 * 1024;

    public static async IAsyncEnumerable<NdjsonLine> ReadAsync(
        Stream stream, int maxLineBytes = MaxLineBytes, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var buffer = new byte[Math.Min(64 * 1024, maxLineBytes + 1)];
        int start = 0, end = 0, scanned = 0; // buffer[start..end] is unread; buffer[start..scanned] holds no line break
        long number = 0;
        byte[]? longHead = null; // set while skipping the rest of an over-long line
        long longLength = 0;
        while (true)
        {
            var newline = buffer.AsSpan(scanned, end - scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                var lineEnd = scanned + newline;
                number++;
                if (longHead is not null)
                {
                    yield return new NdjsonLine(number, longHead, longLength + lineEnd - start, Complete: true);
                    longHead = null;
                }
                else
                {
                    var length = lineEnd > start && buffer[lineEnd - 1] == '\r' ? lineEnd - start - 1 : lineEnd - start;
                    yield return new NdjsonLine(number, buffer.AsSpan(start, length).ToArray(), length, Complete: true);
                }
                start = scanned = lineEnd + 1;
                continue;
            }

            if (longHead is not null)
            {
                longLength += end - start;
                start = end = 0;
            }
            else if (end - start > maxLineBytes)
            {
                longHead = buffer.AsSpan(start, Math.Min(KeptOfLongLine, end - start)).ToArray();
                longLength = end - start;
                start = end = 0;
            }
            else if (end == buffer.Length && start > 0)
            {
                buffer.AsSpan(start, end - start).CopyTo(buffer);
                end -= start;
                start = 0;
            }
            else if (end == buffer.Length)
            {
                Array.Resize(ref buffer, (int)Math.Min(buffer.Length * 2L, maxLineBytes + 1L));
            }
            scanned = end;

            var read = await stream.ReadAsync(buffer.AsMemory(end, buffer.Length - end), cancellationToken);
            if (read == 0)
            {
                if (longHead is not null) yield return new NdjsonLine(number + 1, longHead, longLength, Complete: false);
                else if (end > start) yield return new NdjsonLine(number + 1, buffer.AsSpan(start, end - start).ToArray(), end - start, Complete: false);
                yield break;
            }
            end += read;
        }
    }
}
