using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using ArticleApi.Articles;
using ArticleApi.Common.Validation;
using ArticleApi.Entities.Extraction;
using ArticleApi.Formats;
using ArticleApi.Import;

namespace ArticleApi.Tests.Import;

/// <summary>
/// What a format plugged into the import gets: its items read, validated and counted, and its refusals listed in
/// its own terms (as the ninjs and wire text readers will be).
/// </summary>
public sealed class ImportFormatSeamTests
{
    /// <summary>Three items per file, as a format with its own field names would deliver them.</summary>
    private sealed class OwnNamesFormat : IImportFormat
    {
        public async IAsyncEnumerable<ImportItem> ReadAsync(ImportFile file, [EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            yield return new ImportItem($"{file.Path}:1", "unreadable"u8.ToArray(),
                () => throw new ArticleFormatException("headlines[0].value", "A headline must be plain text."));
            yield return new ImportItem($"{file.Path}:2", "no headline"u8.ToArray(), () => new OwnNames(Article(headline: null)));
            yield return new ImportItem($"{file.Path}:3", "fine"u8.ToArray(), () => new OwnNames(Article(headline: "Kop")));
        }

        private sealed record OwnNames(ArticleRequest Request) : FormatArticle(Request)
        {
            public override string FieldOf(string requestField) => requestField == "headline" ? "headlines[0].value" : requestField;
        }

        private static ArticleRequest Article(string? headline) => new()
        {
            Source = "ANP", ExternalId = Guid.NewGuid().ToString(), Headline = headline, Body = "Tekst.", Language = "nl",
            PublishedAt = new DateTimeOffset(2025, 3, 20, 10, 15, 0, TimeSpan.Zero),
        };
    }

    [Fact]
    public async Task A_formats_items_are_validated_and_its_refusals_named_in_its_own_terms()
    {
        ValidationSetup.ConfigureMessages();
        var rejectsStream = new MemoryStream();
        var tally = new ImportTally();
        var console = new ImportConsole(new StringWriter(), new StringWriter(), IsTerminal: false, Width: 100);
        var options = ImportOptions.Parse(["--dry-run", "items.own"]);
        await using (var rejects = RejectsFile.To(rejectsStream))
        {
            var runner = new ImportRunner(options, new ArticleRequestValidator(TimeProvider.System), EntityExtractor.Default, writer: null,
                rejects, tally, new ImportProgress(console, options.ProgressEvery, 0, TimeProvider.System));
            var file = Path.GetTempFileName();
            try
            {
                await runner.RunAsync([new ImportInput(file, 0, new ImportKind(new OwnNamesFormat(), null))], CancellationToken.None);
            }
            finally
            {
                File.Delete(file);
            }
        }

        Assert.Equal((3L, 1L, 2L), (tally.Items, tally.Valid, tally.Rejected));
        var lines = Encoding.UTF8.GetString(rejectsStream.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(["headlines[0].value", "headlines[0].value"], lines.Select(l => l.GetProperty("field").GetString()));
        Assert.Equal(["A headline must be plain text.", "'headline' must not be empty."], lines.Select(l => l.GetProperty("reason").GetString()));
        Assert.Equal(["unreadable", "no headline"], lines.Select(l => l.GetProperty("item").GetString()));
    }
}
