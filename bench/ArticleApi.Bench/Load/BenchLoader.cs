using System.Diagnostics;
using System.Threading.Channels;
using ArticleApi.Articles;
using ArticleApi.Entities.Extraction;
using ArticleApi.Bench.Generator;
using ArticleApi.Common.Validation;
using ArticleApi.Database;
using Dapper;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace ArticleApi.Bench.Load;

/// <summary>
/// Fills a database with the generator's articles through the service's own bulk path: each article is
/// validated like a POST, turned into a draft and written by ArticleBulkWriter.
/// </summary>
public static class BenchLoader
{
    /// <summary>The benchmark's own notes, kept beside the data they describe.</summary>
    public const string CreateRunsTable = """
        CREATE TABLE IF NOT EXISTS bench_runs (kind text NOT NULL, summary text NOT NULL, recorded_at timestamptz NOT NULL DEFAULT now())
        """;

    public static async Task<int> RunAsync(string connectionString, int count, int batchSize, int writers)
    {
        DatabaseMigrator.Migrate(connectionString, NullLogger.Instance);
        await using var dataSource = NpgsqlDataSource.Create(connectionString);
        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            await connection.ExecuteAsync(CreateRunsTable);
            var existing = await connection.ExecuteScalarAsync<long>("SELECT count(*) FROM articles");
            if (existing == count)
            {
                Console.WriteLine($"load: {count:N0} articles already present; nothing to do");
                return 0;
            }
            if (existing > 0)
            {
                Console.WriteLine($"load: {existing:N0} articles present, {count:N0} wanted; emptying the tables");
                await connection.ExecuteAsync("TRUNCATE articles, article_entities, entities, article_sources, article_changes, article_revisions, article_tombstones CASCADE");
            }
        }

        ValidationSetup.ConfigureMessages();
        // Validated as if posted just after the newest generated date, so nothing is "in the future".
        var validator = new ArticleRequestValidator(new FakeTimeProvider(new DateTimeOffset(2025, 11, 1, 0, 0, 0, TimeSpan.Zero)));
        var writer = new ArticleBulkWriter(dataSource);
        var batches = Channel.CreateBounded<List<(Guid, ArticleDraft)>>(writers * 2);
        var clock = Stopwatch.StartNew();
        long stored = 0;

        var producer = Task.Run(async () =>
        {
            try
            {
                await ProduceAsync();
            }
            catch (Exception failure)
            {
                // The writers stop too, and the failure is the load's.
                batches.Writer.Complete(failure);
                throw;
            }
        });

        async Task ProduceAsync()
        {
            var batch = new List<(Guid, ArticleDraft)>(batchSize);
            foreach (var generated in new ArticleGenerator().Generate(count))
            {
                var request = ToRequest(generated);
                var result = validator.Validate(request);
                if (!result.IsValid)
                    throw new InvalidOperationException($"Generated article {generated.ExternalId} is invalid: {result}");
                batch.Add((Guid.CreateVersion7(generated.PublishedAt), ArticleDraft.From(request, EntityExtractor.Default)));
                if (batch.Count < batchSize) continue;
                await batches.Writer.WriteAsync(batch);
                batch = new List<(Guid, ArticleDraft)>(batchSize);
            }
            if (batch.Count > 0) await batches.Writer.WriteAsync(batch);
            batches.Writer.Complete();
        }

        var consumers = Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            await foreach (var batch in batches.Reader.ReadAllAsync())
            {
                var written = (await writer.WriteAsync(batch, CancellationToken.None)).Count;
                var total = Interlocked.Add(ref stored, written);
                if (total / 50_000 != (total - written) / 50_000)
                    Console.WriteLine($"load: {total,9:N0} articles, {total / clock.Elapsed.TotalSeconds,7:N0} articles/s");
            }
        })).ToArray();

        await Task.WhenAll([producer, .. consumers]);
        var seconds = clock.Elapsed.TotalSeconds;
        var summary = $"{stored:N0} articles in {seconds:N1} s = {stored / seconds:N0} articles/s ({writers} writers, batches of {batchSize:N0})";
        Console.WriteLine($"load: stored {summary}");

        await using (var connection = await dataSource.OpenConnectionAsync())
        {
            var vacuum = Stopwatch.StartNew();
            await connection.ExecuteAsync("VACUUM (ANALYZE)", commandTimeout: 0);
            Console.WriteLine($"load: VACUUM ANALYZE took {vacuum.Elapsed.TotalSeconds:N1} s");
            await connection.ExecuteAsync("INSERT INTO bench_runs (kind, summary) VALUES ('load', @summary)", new { summary });
        }
        return 0;
    }

    internal static ArticleRequest ToRequest(GeneratedArticle article) => new()
    {
        Source = article.Source,
        ExternalId = article.ExternalId,
        Headline = article.Headline,
        Summary = article.Summary,
        Body = article.Body,
        Dateline = article.Dateline,
        Language = article.Language,
        Byline = article.Byline,
        Url = article.Url,
        PublishedAt = article.PublishedAt,
        Entities = [.. article.Entities.Select(e => new EntityRequest { Name = e.Name, Type = Enum.Parse<EntityType>(e.Type, ignoreCase: true) })],
    };
}
