using System.Buffers;
using System.Text.Json;
using ArticleApi.Entities;
using ArticleApi.Formats;
using ArticleApi.Formats.Ninjs;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace ArticleApi.Articles;

/// <summary>Every article a filter matches, as NDJSON, streamed a page at a time.</summary>
public static partial class ArticlesApi
{
    public const string NdjsonContentType = "application/x-ndjson";

    private static readonly ArticleFields ExportFields = ArticleFieldNames.Default | ArticleFields.Body;
    private static readonly ReadOnlyMemory<byte> NewLine = "\n"u8.ToArray();

    /// <remarks>
    /// Newest first, read by keyset (published_at, id) like cursor paging, so the last page costs what
    /// the first does. Not a snapshot: an article written during the export may or may not be in it
    /// (the change feed catches up with those).
    /// </remarks>
    private static async Task<IResult> ExportArticles(
        [AsParameters] ExportArticlesRequest request, [AsParameters] FormatRequest format, ArticleRepository articles, EntityDirectory entities,
        IOptions<JsonOptions> json, HttpContext http, CancellationToken cancellationToken)
    {
        var filter = request.ToFilter();
        var ninjs = format.Named() == ArticleFormat.Ninjs;
        var entityIds = await ResolveEntitiesAsync(filter, articles, cancellationToken);
        http.Response.ContentType = NdjsonContentType;
        if (entityIds is null) return Results.Empty;

        // Each page is written into the response's buffers and flushed once: a flush per article would be a
        // network write per article.
        var body = http.Response.BodyWriter;
        await using var line = new Utf8JsonWriter(body, new JsonWriterOptions { Encoder = json.Value.SerializerOptions.Encoder });
        ListCursor? after = null;
        while (true)
        {
            var search = new ArticleSearch(filter, entityIds.Length == 0 ? null : entityIds, ArticleSort.Newest, ExportFields,
                ExportArticlesRequest.PageSize, 0, after, CountMode.None);
            var page = await articles.ListAsync(search, cancellationToken);
            var names = await entities.ResolveAsync(page.Rows.SelectMany(r => r.EntityIds ?? []), cancellationToken);
            foreach (var row in page.Rows)
            {
                var item = row.ToListItem(ExportFields, names);
                if (ninjs) JsonSerializer.Serialize(line, item.ToNinjs(), json.Value.SerializerOptions);
                else JsonSerializer.Serialize(line, item, json.Value.SerializerOptions);
                line.Flush();
                line.Reset();
                body.Write(NewLine.Span);
            }
            await body.FlushAsync(cancellationToken);
            if (!page.HasMore) return Results.Empty;
            var last = page.Rows[^1];
            after = new ListCursor(ArticleSort.Newest, last.PublishedAt, last.Id, null);
        }
    }
}
