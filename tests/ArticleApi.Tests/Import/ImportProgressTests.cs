using System.Text.RegularExpressions;
using ArticleApi.Import;
using ArticleApi.Tests.Infrastructure;
using static ArticleApi.Tests.Infrastructure.Articles;

namespace ArticleApi.Tests.Import;

/// <summary>What `import` prints while it runs: plain lines into a log, one line redrawn on a terminal.</summary>
public sealed partial class ImportProgressTests(ArticleApiFactory api) : IClassFixture<ArticleApiFactory>, IDisposable
{
    private readonly ImportFolder folder = new();

    public void Dispose() => folder.Dispose();

    [GeneratedRegex("""^import: +(?<percent>\d+)% read, (?<items>\d+) items, [\d,]+ items/s: (?<stored>\d+) stored, 0 already present, (?<rejected>\d+) rejected; ETA \d+:\d\d:\d\d$""")]
    private static partial Regex ProgressLine();

    [Fact]
    public async Task Into_a_log_it_writes_plain_progress_lines_and_then_the_summary()
    {
        var source = UniqueSource("PRG");
        var file = folder.File("progress.ndjson", [.. Enumerable.Range(1, 12).Select(i => Valid(source, $"p{i}").Line()), "{}"]);

        var run = await folder.ImportAsync(api, "--batch-size", "4", "--progress-every", "0", file);

        Assert.True(run.ExitCode == 1, run.ToString());
        var lines = run.Output.TrimEnd('\n').Split('\n');
        Assert.DoesNotContain('\r', run.Output);
        var progress = lines[..^1].Select(l => ProgressLine().Match(l)).ToList();
        Assert.All(progress, m => Assert.True(m.Success, $"Not a progress line: {m.Value}"));
        Assert.Equal(["4", "8", "12"], progress.Select(m => m.Groups["stored"].Value));
        Assert.Equal("100", progress[^1].Groups["percent"].Value);
        Assert.Equal(["0", "0", "1"], progress.Select(m => m.Groups["rejected"].Value));
        Assert.Matches("""^import: 13 items in \d+:\d\d:\d\d \([\d,]+ items/s\): 12 stored, 0 already present, 1 rejected \(listed in .+\)$""", lines[^1]);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(40)]
    public async Task On_a_terminal_it_redraws_one_line_in_place_within_the_width_and_leaves_the_summary(int width)
    {
        var source = UniqueSource("PRG");
        var file = folder.File("bar.ndjson", Enumerable.Range(1, 9).Select(i => Valid(source, $"b{i}").Line()));
        var output = new StringWriter();

        var exit = await ImportCommand.RunAsync(["--rejects", folder.RejectsPath, "--batch-size", "3", file],
            new ImportConsole(output, new StringWriter(), IsTerminal: true, width), [new("ConnectionStrings:Articles", api.ConnectionString)], CancellationToken.None);

        Assert.Equal(0, exit);
        var text = output.ToString();
        var frames = text.Split('\r')[1..^1];
        Assert.NotEmpty(frames);
        Assert.All(frames, f => Assert.True(f.Length < width, $"Wider than the terminal: '{f}'"));
        if (width == 100)
        {
            Assert.Contains(frames, f => f.StartsWith("[####################] 100%  9 items  "));
            Assert.Contains(frames, f => Regex.IsMatch(f, """stored 9  present 0  rejected 0  ETA \d+:\d\d:\d\d *$"""));
        }
        Assert.Matches("""\r *\rimport: 9 items in \d+:\d\d:\d\d \([\d,]+ items/s\): 9 stored, 0 already present, 0 rejected\n$""", text);
        Assert.Single(text.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
