using System.Diagnostics;
using System.Text;
using System.Text.Json;
using ArticleApi.Entities.Extraction;

namespace ArticleApi.Bench.Extraction;

/// <summary>
/// How long entity extraction takes per article, in process and on one thread, as the API runs it on every
/// write: over the annotated corpus and holdout, the shared ANP sample, and 500-word articles made by
/// joining corpus bodies. Each text is extracted many times after a warm-up; every timing is kept.
/// </summary>
public static class ExtractionBench
{
    private const int WarmUpRounds = 200;
    private const string SampleId = "sample-anp-londen";

    public static int Run(string repositoryRoot, int rounds, string outputFile)
    {
        var articles = Articles(repositoryRoot);
        var sets = new (string Name, IReadOnlyList<Text> Texts)[]
        {
            ("annotated corpus and holdout, as written", articles.Where(a => a.Id != SampleId).ToList()),
            ("ANP sample (shared/samples)", articles.Where(a => a.Id == SampleId).ToList()),
            ("500-word articles (corpus bodies joined)", FiveHundredWordArticles(articles)),
        };

        var report = new StringBuilder()
            .AppendLine("# Entity extraction: speed")
            .AppendLine()
            .AppendLine($"`./dev.sh bench extraction` on {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}. ")
            .AppendLine($"One thread; {WarmUpRounds} warm-up rounds, then {rounds} measured rounds over each set (every text once per round); ")
            .AppendLine("each extraction timed alone (`Stopwatch`), headline + body, as `POST /articles` runs it.")
            .AppendLine()
            .AppendLine("| texts | count | words (mean) | extractions | mean µs | p50 µs | p99 µs | max µs | µs per 500 words | KB allocated |")
            .AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
        foreach (var (name, texts) in sets)
        {
            var row = Measure(texts, rounds);
            report.AppendLine($"| {name} | {texts.Count} | {row.Words:F0} | {row.Timings.Length:N0} | {row.Timings.Average():F1} | " +
                              $"{Percentile(row.Timings, 0.50):F1} | {Percentile(row.Timings, 0.99):F1} | {row.Timings.Max():F1} | " +
                              $"{row.Timings.Average() / row.Words * 500:F1} | {row.AllocatedBytes / 1024.0:F0} |");
        }
        Console.Write(report);
        File.WriteAllText(outputFile, report.ToString());
        return 0;
    }

    private sealed record Text(string Id, string Language, string Headline, string Body)
    {
        public int Words => Body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
    }

    private sealed record Measured(double Words, double[] Timings, double AllocatedBytes);

    private static Measured Measure(IReadOnlyList<Text> texts, int rounds)
    {
        var extractor = EntityExtractor.Default;
        for (var round = 0; round < WarmUpRounds; round++)
            foreach (var text in texts) extractor.Extract(text.Headline, null, text.Body, text.Language);

        var timings = new double[rounds * texts.Count];
        var allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
        var found = 0;
        for (var round = 0; round < rounds; round++)
            for (var i = 0; i < texts.Count; i++)
            {
                var start = Stopwatch.GetTimestamp();
                found += extractor.Extract(texts[i].Headline, null, texts[i].Body, texts[i].Language).Entities.Count;
                timings[round * texts.Count + i] = Stopwatch.GetElapsedTime(start).TotalMicroseconds;
            }
        var allocated = (GC.GetAllocatedBytesForCurrentThread() - allocatedBefore) / (double)timings.Length;
        if (found == 0) throw new InvalidOperationException("Extraction found nothing: the bench measured no work.");
        return new Measured(texts.Average(t => t.Words), timings, allocated);
    }

    private static double Percentile(double[] values, double p)
    {
        var sorted = values.Order().ToArray();
        return sorted[(int)Math.Min(sorted.Length - 1, Math.Ceiling(p * sorted.Length) - 1)];
    }

    /// <summary>Bodies of one language joined, in corpus order, until each text has at least 500 words.</summary>
    private static List<Text> FiveHundredWordArticles(IReadOnlyList<Text> articles)
    {
        var joined = new List<Text>();
        foreach (var language in articles.Select(a => a.Language).Distinct())
        {
            var body = new StringBuilder();
            Text? first = null;
            foreach (var article in articles.Where(a => a.Language == language))
            {
                first ??= article;
                body.AppendLine(article.Body).AppendLine();
                var text = new Text($"joined-{language}-{joined.Count}", language, first.Headline, body.ToString());
                if (text.Words < 500) continue;
                joined.Add(text);
                body.Clear();
                first = null;
            }
        }
        return joined;
    }

    private static List<Text> Articles(string root)
    {
        var entities = Path.Combine(root, "tests", "ArticleApi.Tests", "Entities");
        var annotated = new[] { "Corpus", "Holdout" }
            .SelectMany(set => Directory.GetFiles(Path.Combine(entities, set), "*.json").Order())
            .SelectMany(file => JsonSerializer.Deserialize<List<Text>>(File.ReadAllText(file), JsonSerializerOptions.Web)!)
            .ToList();
        if (!annotated.Any(a => a.Id == SampleId)) throw new InvalidOperationException($"The annotated sample '{SampleId}' is missing.");
        if (annotated.Count == 0) throw new InvalidOperationException($"No annotated articles under {entities}.");
        return annotated;
    }
}
