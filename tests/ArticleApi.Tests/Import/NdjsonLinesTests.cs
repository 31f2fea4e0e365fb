using System.Text;
using ArticleApi.Import.Ndjson;

namespace ArticleApi.Tests.Import;

/// <summary>Splitting a file into lines while holding no more than one of them, whatever the reads deliver.</summary>
public sealed class NdjsonLinesTests
{
    /// <summary>A stream that hands out at most a few bytes per read, as pipes and decompressors may.</summary>
    private sealed class Trickle(byte[] content) : MemoryStream(content)
    {
        private int next;

        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 1 + next++ % 7));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            base.ReadAsync(buffer[..Math.Min(buffer.Length, 1 + next++ % 7)], cancellationToken);
    }

    private static List<NdjsonLine> Lines(Stream content, int maxLineBytes = NdjsonLines.MaxLineBytes) =>
        NdjsonLines.ReadAsync(content, maxLineBytes).ToBlockingEnumerable().ToList();

    private static List<NdjsonLine> Lines(string content, int maxLineBytes) => Lines(new Trickle(Encoding.UTF8.GetBytes(content)), maxLineBytes);

    private static string Text(NdjsonLine line) => Encoding.UTF8.GetString(line.Bytes);

    [Fact]
    public void Lines_end_at_LF_or_CRLF_and_only_the_last_can_lack_one()
    {
        var lines = Lines("one\r\ntwo\n\nthree", maxLineBytes: 64);

        Assert.Equal(["one", "two", "", "three"], lines.Select(Text));
        Assert.Equal([1L, 2L, 3L, 4L], lines.Select(l => l.Number));
        Assert.Equal([true, true, true, false], lines.Select(l => l.Complete));
        Assert.All(lines, l => Assert.False(l.TooLong));
    }

    [Fact]
    public void A_line_over_the_limit_is_kept_only_in_part_and_the_next_line_is_read_whole()
    {
        var longLine = new string('x', 10_000);

        var lines = Lines($"first\n{longLine}\nafter\n{longLine}", maxLineBytes: 100);

        Assert.Equal(["first", "after"], lines.Where(l => !l.TooLong).Select(Text));
        var tooLong = lines.Where(l => l.TooLong).ToList();
        Assert.Equal([2L, 4L], tooLong.Select(l => l.Number));
        Assert.All(tooLong, l => Assert.Equal(10_000L, l.Length));
        Assert.All(tooLong, l => Assert.True(l.Bytes.Length <= 101));
        Assert.Equal([true, false], tooLong.Select(l => l.Complete));
    }

    [Fact]
    public void Lines_longer_than_the_read_buffer_but_within_the_limit_come_whole()
    {
        var big = string.Concat(Enumerable.Range(0, 30_000).Select(i => (char)('a' + i % 26)));

        var lines = Lines(new MemoryStream(Encoding.UTF8.GetBytes($"{big}\n{big}{big}\nend\n")));

        Assert.Equal([big, big + big, "end"], lines.Select(Text));
        Assert.All(lines, l => Assert.True(l.Complete));
    }
}
