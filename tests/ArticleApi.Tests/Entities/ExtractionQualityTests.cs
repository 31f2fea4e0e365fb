using ArticleApi.Entities.Extraction;
using Xunit.Abstractions;

namespace ArticleApi.Tests.Entities;

/// <summary>
/// Extraction quality on the annotated sets: per-article entity-set F1, averaged. "Corpus" is the set the
/// extractor was tuned against; "Holdout" was written blind and never tuned against, so it says how the
/// extractor does on copy it has not seen. The floors are the figures reached when they were set (see
/// bench/extraction.md); a change that lowers them fails here.
/// </summary>
public sealed class ExtractionQualityTests(ITestOutputHelper output)
{
    [Theory]
    [InlineData("Corpus", 0.965, 0.93)]
    [InlineData("Holdout", 0.87, 0.79)]
    public void Extraction_keeps_its_measured_quality(string set, double untypedFloor, double typedFloor)
    {
        var scores = ExtractionQuality.Corpus(set)
            .Select(a => ExtractionQuality.Score(a, EntityExtractor.Default.Extract(a.Headline, null, a.Body, a.Language).Entities))
            .ToList();
        foreach (var s in scores.Where(s => s.TypedF1 < 1))
            output.WriteLine($"{s.Id}: F1 {s.F1:F2} typed {s.TypedF1:F2}\n  missed: {string.Join("; ", s.Missed)}\n  spurious: {string.Join("; ", s.Spurious)}\n  mistyped: {string.Join("; ", s.Mistyped)}");
        var untyped = scores.Average(s => s.F1);
        var typed = scores.Average(s => s.TypedF1);
        output.WriteLine($"{set}, {scores.Count} articles: P {scores.Average(s => s.Precision):F3} R {scores.Average(s => s.Recall):F3} F1 {untyped:F3}; " +
                         $"typed P {scores.Average(s => s.TypedPrecision):F3} R {scores.Average(s => s.TypedRecall):F3} F1 {typed:F3}");

        Assert.True(untyped >= untypedFloor, $"Untyped F1 {untyped:F3} fell below {untypedFloor}");
        Assert.True(typed >= typedFloor, $"Typed F1 {typed:F3} fell below {typedFloor}");
    }
}
