using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ArticleApi.Articles;
using ArticleApi.Common.Text;
using ArticleApi.Entities.Extraction;
using ArticleApi.Formats;
using FluentValidation;

namespace ArticleApi.Import;

/// <summary>
/// Reads every item, validates it as POST /articles does and stores the valid ones in batches through
/// <see cref="ArticleBulkWriter"/>, one transaction each, so an item is stored whole or not at all. While one batch
/// is written the next is read, validated and drafted. Without a writer (a dry run) nothing is stored.
/// </summary>
public sealed class ImportRunner(
    ImportOptions options, IValidator<ArticleRequest> validator, EntityExtractor extractor, ArticleBulkWriter? writer,
    RejectsFile rejects, ImportTally tally, ImportProgress progress)
{
    private List<Pending> pending = new(options.BatchSize);
    private Task<Written>? writing;

    /// <summary>The first and last item of the batch being written, while it is: if the write fails, none of it is stored.</summary>
    public (string First, string Last)? Unfinished { get; private set; }

    private sealed record Pending(string Origin, ArticleRequest Request, bool ListedFoundAreExtracted);

    private sealed record Written(int Stored, int Present, string Last);

    /// <summary>
    /// Imports every input. A database failure (NpgsqlException) or cancellation ends it with that exception, after
    /// the batch in flight has ended: <see cref="ImportTally.DoneThrough"/> and <see cref="Unfinished"/> say how far it got.
    /// </summary>
    public async Task RunAsync(IReadOnlyList<ImportInput> inputs, CancellationToken cancellationToken)
    {
        try
        {
            long before = 0;
            foreach (var input in inputs)
            {
                await ReadFileAsync(input, before, cancellationToken);
                tally.BytesRead = before += input.Length;
            }
            await FlushAsync(cancellationToken);
            await EndWriteAsync();
        }
        catch
        {
            await SettleAsync();
            throw;
        }
    }

    private async Task ReadFileAsync(ImportInput input, long before, CancellationToken cancellationToken)
    {
        if (input.Kind.Format is not { } format)
        {
            RejectFile(input.Path, input.Kind.Unsupported!);
            return;
        }
        FileStream file;
        try
        {
            file = new FileStream(input.Path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1 << 16);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            RejectFile(input.Path, $"The file cannot be read: {e.Message}");
            return;
        }
        await using (file)
        await using (var content = input.Path.EndsWith(ImportFormats.Gzip, StringComparison.OrdinalIgnoreCase)
            ? new GZipStream(file, CompressionMode.Decompress) : (Stream)file)
        {
            await using var items = format.ReadAsync(new ImportFile(input.Path, content), cancellationToken).GetAsyncEnumerator(cancellationToken);
            string? last = null;
            while (true)
            {
                cancellationToken.ThrowIfCancellationRequested();
                try
                {
                    if (!await items.MoveNextAsync()) return;
                }
                catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or JsonException)
                {
                    RejectFile(input.Path, last is null
                        ? $"Reading the file failed: {e.Message}"
                        : $"Reading the file failed after {last}: {e.Message} The rest of the file was not read.");
                    return;
                }
                last = items.Current.Origin;
                tally.BytesRead = before + file.Position;
                await AddAsync(items.Current, cancellationToken);
                progress.Report(tally, batchDone: false);
            }
        }
    }

    private async Task AddAsync(ImportItem item, CancellationToken cancellationToken)
    {
        tally.Items++;
        FormatArticle read;
        try
        {
            read = item.Read();
        }
        catch (ArticleFormatException e)
        {
            Reject(item, e.Errors.ToDictionary(error => error.Key, error => new[] { error.Value }));
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A reader's own bug must cost one item, not the run: a re-run would stop at the same item for ever.
            Reject(item, new Dictionary<string, string[]> { ["$"] = [$"The item could not be read ({e.GetType().Name}: {e.Message})."] });
            return;
        }
        var request = WithDefaults(read.Request);
        var validation = validator.Validate(request);
        if (!validation.IsValid)
        {
            Reject(item, read.Errors(validation));
            return;
        }
        if (string.IsNullOrEmpty(request.ExternalId))
        {
            if (options.DeriveExternalId) request = request with { ExternalId = ContentId(request) };
            else tally.WithoutExternalId++;
        }
        pending.Add(new Pending(item.Origin, request, read.ListedFoundAreExtracted));
        if (pending.Count >= options.BatchSize) await FlushAsync(cancellationToken);
    }

    private ArticleRequest WithDefaults(ArticleRequest request) => request with
    {
        Source = options.Source is { } source && ArticleDraft.SourceOf(request) is null ? source : request.Source,
        Language = string.IsNullOrEmpty(request.Language) ? options.Language ?? request.Language : request.Language,
    };

    /// <summary>An externalId that the same item gets on every run: a hash of what makes it that item.</summary>
    public static string ContentId(ArticleRequest request)
    {
        var identity = string.Join('\u001f', SourceKey.Of(ArticleDraft.SourceOf(request)!), request.Headline, request.Body,
            request.Language!.ToLowerInvariant(), Rfc3339.ToStoredPrecision(request.PublishedAt!.Value).UtcTicks);
        return "sha256:" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(identity)).AsSpan(0, 16));
    }

    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        if (pending.Count == 0) return;
        var batch = pending;
        pending = new List<Pending>(options.BatchSize);
        if (writer is null)
        {
            tally.Valid += batch.Count;
            tally.DoneThrough = batch[^1].Origin;
            progress.Report(tally, batchDone: true);
            return;
        }

        // A re-run finds most items stored: those are skipped before the work of drafting them.
        var present = await writer.PresentAsync([.. batch.Select(AgencyId).OfType<(string, string)>()], cancellationToken);
        var drafts = batch.Where(p => AgencyId(p) is not { } id || !present.Contains(id))
            .Select(p => (Guid.CreateVersion7(), ArticleDraft.From(p.Request, extractor, p.ListedFoundAreExtracted))).ToList();
        tally.Present += batch.Count - drafts.Count;

        await EndWriteAsync();
        Unfinished = (batch[0].Origin, batch[^1].Origin);
        var last = batch[^1].Origin;
        writing = Task.Run(async () =>
        {
            if (drafts.Count == 0) return new Written(0, 0, last);
            var stored = await writer.WriteAsync(drafts, cancellationToken);
            // Stored meanwhile, or twice in the input: the first is kept.
            return new Written(stored.Count, drafts.Count - stored.Count, last);
        }, cancellationToken);
    }

    private static (string, string)? AgencyId(Pending pending) =>
        pending.Request.ExternalId is { Length: > 0 } externalId ? (SourceKey.Of(ArticleDraft.SourceOf(pending.Request)!), externalId) : null;

    private async Task EndWriteAsync()
    {
        if (writing is null) return;
        var written = await writing;
        writing = null;
        Unfinished = null;
        tally.Stored += written.Stored;
        tally.Present += written.Present;
        tally.DoneThrough = written.Last;
        progress.Report(tally, batchDone: true);
    }

    /// <summary>After a failure: waits for the batch in flight, and counts it if it was stored after all.</summary>
    private async Task SettleAsync()
    {
        try
        {
            await EndWriteAsync();
        }
        catch
        {
            // The failure being reported already covers it: the batch is not stored.
        }
    }

    private void Reject(ImportItem item, IReadOnlyDictionary<string, string[]> errors)
    {
        tally.Rejected++;
        rejects.Add(item.Origin, errors, item.Raw);
    }

    private void RejectFile(string path, string reason)
    {
        tally.Rejected++;
        rejects.AddFile(path, reason);
    }
}
