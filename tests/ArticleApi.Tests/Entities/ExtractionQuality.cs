using System.Text.Json;
using ArticleApi.Articles;
using ArticleApi.Common.Text;
using ArticleApi.Entities.Extraction;

namespace ArticleApi.Tests.Entities;

/// <summary>An article of the annotated corpus (Entities/Corpus/*.json) with the entities a reader finds in it.</summary>
public sealed record AnnotatedArticle(string Id, string Language, string Headline, string Body, List<AnnotatedEntity> Entities);

public sealed record AnnotatedEntity(string Name, string Type);

/// <summary>Per-article precision, recall and F1 of extracted entity sets against the annotations.</summary>
public sealed record ArticleScore(string Id, double Precision, double Recall, double F1, double TypedPrecision, double TypedRecall, double TypedF1,
    IReadOnlyList<string> Missed, IReadOnlyList<string> Spurious, IReadOnlyList<string> Mistyped);

public static class ExtractionQuality
{
    /// <summary>The articles of one annotated set: "Corpus" (tuned against) or "Holdout" (written blind, never tuned against).</summary>
    public static IReadOnlyList<AnnotatedArticle> Corpus(string set = "Corpus") =>
        [.. Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Entities", set), "*.json").Order()
            .SelectMany(file => JsonSerializer.Deserialize<List<AnnotatedArticle>>(File.ReadAllText(file), Infrastructure.Articles.Json)!)];

    public static ArticleScore Score(AnnotatedArticle article, IReadOnlyList<ExtractedEntity> extracted)
    {
        var gold = article.Entities.Select(e => (Key: TextFolding.Fold(e.Name), e.Type)).ToList();
        var found = extracted.Select(e => (Key: TextFolding.Fold(e.Name), Type: e.Type.ToDatabase())).ToList();
        var goldKeys = gold.Select(g => g.Key).ToHashSet();
        var foundKeys = found.Select(f => f.Key).ToHashSet();
        var goldTyped = gold.Select(g => $"{g.Key}|{g.Type}").ToHashSet();
        var foundTyped = found.Select(f => $"{f.Key}|{f.Type}").ToHashSet();

        var (p, r, f) = Rates(goldKeys.Intersect(foundKeys).Count(), foundKeys.Count, goldKeys.Count);
        var (tp, tr, tf) = Rates(goldTyped.Intersect(foundTyped).Count(), foundTyped.Count, goldTyped.Count);
        return new ArticleScore(article.Id, p, r, f, tp, tr, tf,
            [.. article.Entities.Where(e => !foundKeys.Contains(TextFolding.Fold(e.Name))).Select(e => $"{e.Name} ({e.Type})")],
            [.. extracted.Where(e => !goldKeys.Contains(TextFolding.Fold(e.Name))).Select(e => $"{e.Name} ({e.Type.ToDatabase()})")],
            [.. extracted.Where(e => goldKeys.Contains(TextFolding.Fold(e.Name)) && !goldTyped.Contains($"{TextFolding.Fold(e.Name)}|{e.Type.ToDatabase()}"))
                .Select(e => $"{e.Name} ({e.Type.ToDatabase()}, expected {gold.First(g => g.Key == TextFolding.Fold(e.Name)).Type})")]);
    }

    private static (double Precision, double Recall, double F1) Rates(int correct, int found, int expected)
    {
        var precision = found == 0 ? (expected == 0 ? 1 : 0) : (double)correct / found;
        var recall = expected == 0 ? 1 : (double)correct / expected;
        return (precision, recall, precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
    }
}
