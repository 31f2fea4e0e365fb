using ArticleApi.Auth;
using ArticleApi.Common.OpenApi;
using ArticleApi.Common.Paging;
using ArticleApi.Common.Text;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;
using ArticleApi.Formats;
using ArticleApi.Formats.Ninjs;
using ArticleApi.Formats.WireText;
using ArticleApi.Idempotency;
using ArticleApi.Common.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace ArticleApi.Articles;

public static partial class ArticlesApi
{
    public static IServiceCollection AddArticles(this IServiceCollection services)
    {
        services.AddSingleton<ArticleRepository>().AddSingleton<ArticleBulkWriter>().AddSingleton<CursorProtector>()
            .AddOptions<ListLimits>().BindConfiguration("Lists").Services
            .AddOptions<ArticleWriteOptions>().BindConfiguration("Articles");
        services.ConfigureSwaggerGen(swagger => swagger.OperationFilter<ConditionalRequestOperationFilter>());
        return services.AddNinjsJson();
    }

    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/articles").WithTags("Articles").WithValidation();

        group.MapGet("", ListArticles)
            .WithName("ListArticles")
            .WithSummary("Find articles: filter, search, page")
            .WithDescription("""
                Pages through articles, newest first by default (ties broken by `id`, so pages are stable).
                Filters combine with AND; a repeated `source` matches any of them, a repeated `entity` all of them
                (or any, with `entityMatch=any`). `q` searches the text; with it, `sort=relevance` ranks best matches
                first and items carry a highlighted `snippet`. List items carry every field but `body` unless
                `fields` says otherwise.

                Paging: every page answers `nextCursor` and a `Link` header (`rel="next"`, and `rel="prev"` for
                page numbers). Cursors stay fast at any depth and never skip or repeat an item when articles
                arrive meanwhile; page numbers cost more the deeper they go and stop at 10,000 results.
                `totalCount` is exact when that is free (all matches on the first page, or only sources filter) and
                PostgreSQL's estimate otherwise (`totalCountIsEstimate`); `count=exact` counts up to 10,000, `count=none` skips it.

                `format=ninjs` (or `Accept: application/ninjs+json`) answers the same page with IPTC ninjs 2.1 items
                (`representationtype: "partial"` unless `fields` asks for every field, `body` included). The page itself is
                not a ninjs document, so it stays `application/json`.
                """)
            .WithExamples(responses: ArticleExamples.Listed)
            .WithAlternateResponse<NinjsListResponse>(StatusCodes.Status200OK, "application/json", "ninjs", NinjsExamples.List);

        group.MapGet("/facets", GetFacets)
            .WithName("GetArticleFacets")
            .WithSummary("Count what the matching articles have in common")
            .WithDescription("""
                Takes the same filters as GET /articles and answers how many articles match, and among them the
                count per source, per language and the most mentioned entities per type. To bound the cost, the
                counts cover at most the newest 10,000 matches (`isSample` says when there were more).
                """);

        group.MapGet("/export", ExportArticles)
            .WithName("ExportArticles")
            .WithSummary("Every matching article as NDJSON, streamed")
            .WithDescription("""
                Takes the filters of GET /articles and streams every match, newest first, one JSON object per line
                (`application/x-ndjson`), each an article as list items show it plus its `body`. There is no paging
                and no limit: the service reads 500 articles at a time and holds no more, however large the export.
                It is not a snapshot: an article written while the export runs may or may not be in it, so follow
                the change feed from a cursor taken before the export to catch up. A filter that matches nothing
                answers 200 with an empty body. `format=ninjs` writes each line as an IPTC ninjs 2.1 item instead.
                The 200 schema and examples describe one line: an article (`json`) or a ninjs item (`ninjs`).
                """)
            .Produces<ArticleListItem>(StatusCodes.Status200OK, contentType: NdjsonContentType)
            .WithExamples(responses: new OpenApiExample("200", ArticleListItem.From(ArticleExamples.Response, ExportFields)))
            .WithAlternateResponse<NinjsItem>(StatusCodes.Status200OK, NdjsonContentType, "ninjs", NinjsExamples.Item)
            .DisableRequestTimeout(); // an export runs as long as it has articles; a client that leaves stops it

        group.MapGet("/{id}", GetArticle)
            .WithName("GetArticle")
            .WithMetadata(new ConditionalEndpoint(Writes: false))
            .WithSummary("Get one article")
            .WithDescription("""
                The whole article, body included, with its version's `ETag`. With `If-None-Match` naming that ETag,
                304 and no body. An id that is not a UUID answers 400; an unknown id 404; a deleted article 410 with
                when and by whom (`deletedAt`, `deletedBy`).

                `Accept: application/ninjs+json` or `format=ninjs` answers the article as an IPTC ninjs 2.1 item
                (`application/ninjs+json`), with an ETag of its own (`"{id}-{version}-ninjs"`). Any other Accept answers JSON.
                """)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .WithExamples(responses: ArticleExamples.Found)
            .WithAlternateResponse<NinjsItem>(StatusCodes.Status200OK, FormatRequest.NinjsContentType, "ninjs", NinjsExamples.Item);

        group.MapPost("", CreateArticle)
            .WithName("CreateArticle")
            .WithSummary("Store a new article (editors)")
            .WithDescription("""
                Validates and stores an article; answers 201 with the article, its `Location` and `ETag`.
                A second article with the same `source` and `externalId` answers 409 naming the existing article;
                to create-or-replace an agency's item, use PUT /articles/by-source/{source}/{externalId}.

                **Wire text.** With `Content-Type: text/plain` the body is plain wire copy in UTF-8, stored as delivered,
                and the other fields go in the query string (the parameters marked *text/plain bodies only*):
                `publishedAt` is required; `source` may come from the dateline (`LONDEN (ANP) - `), `headline` from a
                first line that is one (then taken out of the body), `language` from the text. What the copy cannot
                supply is a 400 naming the parameter to pass.

                **ninjs.** An IPTC ninjs 2.x item (`Content-Type: application/ninjs+json`) is stored the same way: 400 names the ninjs
                fields (`headlines[0].value`, `bodies`) of an item that cannot be an article. Without an `externalId` altid,
                the item's `uri` is its `externalId`, so a redelivery is a 409. See the README's "Formats: ninjs" for the mapping.

                **The answer**, whatever the body's type, is the article as JSON, or as a ninjs item (with its own ETag)
                with `Accept: application/ninjs+json`.
                """)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .Accepts<ArticleRequest>("application/json")
            .Produces<ArticleResponse>(StatusCodes.Status201Created)
            .WithWireTextBody()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithExamples(ArticleExamples.Request, ArticleExamples.Created)
            .WithNinjsBody(StatusCodes.Status201Created)
            .WithIdempotency();
        group.MapWireText();

        group.MapPut("/by-source/{source}/{externalId}", UpsertArticle)
            .WithName("UpsertArticleByAgencyId")
            .WithMetadata(new ConditionalEndpoint(Writes: true, Creates: true))
            .WithSummary("Create or replace the article an agency identifies (editors)")
            .WithDescription("""
                For wire feeds: stores the agency's item under (`source`, `externalId`), 201 when it is new and 200
                when it replaces the stored one (a new version), so a feed can be replayed without duplicates.
                An item deleted before comes back under its old id as its next version. `If-Match` works as on
                PUT /articles/{id}; `If-None-Match: *` only creates (412 when the item exists); without either the
                last writer wins, unless the service requires a precondition (428).

                The body may also be a ninjs item (`Content-Type: application/ninjs+json`), read as on POST /articles; the
                path names the item, so its `copyrightholder` and `uri` give way to the path, and an infosource or
                `externalId` altid that says otherwise is a 400. The answer is JSON, or ninjs with `Accept: application/ninjs+json`.
                """)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .Accepts<ArticleRequest>("application/json")
            .Produces<ArticleResponse>(StatusCodes.Status200OK)
            .Produces<ArticleResponse>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithExamples(ArticleExamples.Request, ArticleExamples.Found, ArticleExamples.Created)
            .WithNinjsBody(StatusCodes.Status200OK, StatusCodes.Status201Created);

        group.MapPut("/{id}", ReplaceArticle)
            .WithName("ReplaceArticle")
            .WithMetadata(new ConditionalEndpoint(Writes: true))
            .WithSummary("Replace an article (editors)")
            .WithDescription("""
                Replaces every field, with the same rules as creating one; `version` goes up by 1 and the previous
                version stays readable under /articles/{id}/revisions. Send `If-Match` with the ETag you read: if
                someone changed the article since, 412 and nothing is written. Without `If-Match` the last writer
                wins, unless the service is configured to require it (`Articles__RequireIfMatch`, then 428).
                The answer is JSON, or ninjs with `Accept: application/ninjs+json`.
                """)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .Accepts<ArticleRequest>("application/json")
            .Produces<ArticleResponse>(StatusCodes.Status200OK)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired)
            .WithExamples(ArticleExamples.Request, ArticleExamples.Found)
            .WithAlternateResponse<NinjsItem>(StatusCodes.Status200OK, FormatRequest.NinjsContentType, "ninjs", NinjsExamples.Item);

        group.MapDelete("/{id}", DeleteArticle)
            .WithName("DeleteArticle")
            .WithMetadata(new ConditionalEndpoint(Writes: true))
            .WithSummary("Delete an article (editors)")
            .WithDescription("""
                Removes the article from lists; fetching it answers 410 with when and by whom, and its versions stay
                readable under /articles/{id}/revisions. `If-Match` works as on PUT.
                """)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .Produces(StatusCodes.Status204NoContent)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone)
            .ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);

        group.MapNinjs();
        return group;
    }

    private static async Task<Results<Ok<ArticleListResponse>, JsonHttpResult<NinjsListResponse>>> ListArticles(
        [AsParameters] ListArticlesRequest request, [AsParameters] FormatRequest format, ArticleRepository articles, CursorProtector cursors,
        EntityDirectory entities, IOptions<ListLimits> limits, HttpContext http, CancellationToken cancellationToken)
    {
        var scope = request.CursorScope();
        var after = request.Cursor is null ? null : await cursors.UnprotectAsync(request.Cursor, scope, cancellationToken);
        var search = await SearchAsync(request, after, articles, cancellationToken);
        var result = search is null
            ? new ArticlePage([], false, request.CountMode == CountMode.None ? null : 0, false)
            : await articles.ListAsync(search, cancellationToken);

        var pageSize = request.PageSize ?? ListArticlesRequest.DefaultPageSize;
        int? page = request.Cursor is null ? request.Page ?? 1 : null;
        var last = result.Rows.Count > 0 ? result.Rows[^1] : null;
        var nextCursor = result.HasMore && last is not null
            ? await cursors.ProtectAsync(new ListCursor(request.SortOrder, last.PublishedAt, last.Id, last.Rank,
                after?.WindowPublishedAt ?? last.WindowPublishedAt, after?.WindowId ?? last.WindowId), scope, cancellationToken)
            : null;

        var links = new List<string>();
        if (nextCursor is not null)
        {
            var nextPageAllowed = page is { } current && (long)current * pageSize <= limits.Value.MaxPageNumberOffset;
            links.Add(nextPageAllowed
                ? LinkHeader.To(http.Request, "next", ("page", (page + 1).ToString()))
                : LinkHeader.To(http.Request, "next", ("page", null), ("cursor", nextCursor)));
        }
        if (page > 1) links.Add(LinkHeader.To(http.Request, "prev", ("page", (page - 1).ToString())));
        LinkHeader.Add(http.Response, links);

        var fields = request.FieldSet;
        var names = fields.HasFlag(ArticleFields.Entities)
            ? await entities.ResolveAsync(result.Rows.SelectMany(r => r.EntityIds ?? []), cancellationToken)
            : NoEntities;
        var list = new ArticleListResponse(
            [.. result.Rows.Select(r => r.ToListItem(fields, names))],
            page,
            pageSize,
            result.TotalCount,
            result.TotalCountIsEstimate,
            result.TotalCount is { } total ? (total + pageSize - 1) / pageSize : null,
            nextCursor);
        http.Response.Headers.Append(HeaderNames.Vary, HeaderNames.Accept);
        return format.Negotiate(http.Request) == ArticleFormat.Ninjs ? TypedResults.Json(list.ToNinjs()) : TypedResults.Ok(list);
    }

    /// <summary>The validated request as the repository takes it; null when its entities rule out every article.</summary>
    internal static async Task<ArticleSearch?> SearchAsync(
        ListArticlesRequest request, ListCursor? after, ArticleRepository articles, CancellationToken cancellationToken)
    {
        var filter = request.ToFilter();
        var entityIds = await ResolveEntitiesAsync(filter, articles, cancellationToken);
        if (entityIds is null) return null;
        var pageSize = request.PageSize ?? ListArticlesRequest.DefaultPageSize;
        var offset = request.Cursor is null ? (long)((request.Page ?? 1) - 1) * pageSize : 0;
        return new ArticleSearch(filter, entityIds.Length == 0 ? null : entityIds, request.SortOrder, request.FieldSet,
            pageSize, offset, after, request.CountMode);
    }

    private static async Task<Results<Ok<FacetsResponse>, ProblemHttpResult>> GetFacets(
        [AsParameters] FacetsRequest request, ArticleRepository articles, CancellationToken cancellationToken)
    {
        var filter = request.ToFilter();
        var entityIds = await ResolveEntitiesAsync(filter, articles, cancellationToken);
        if (entityIds is null)
            return TypedResults.Ok(new FacetsResponse(0, false, 0, false, [], [],
                ArticleFilterRequest.EntityTypeNames.ToDictionary(t => t, _ => (IReadOnlyList<FacetCount>)[])));
        var facets = await articles.FacetsAsync(
            new ArticleSearchFilter(filter, entityIds.Length == 0 ? null : entityIds), request.Top ?? FacetsRequest.DefaultTop, cancellationToken);
        return TypedResults.Ok(facets);
    }

    /// <summary>
    /// The entity ids each requested name stands for ([] when no entity filter). Null when nothing can
    /// match: a name that names no entity, when all must match, or none named with entityMatch=any.
    /// </summary>
    private static async Task<long[][]?> ResolveEntitiesAsync(ArticleFilter filter, ArticleRepository articles, CancellationToken cancellationToken)
    {
        if (filter.EntityKeys is null) return [];
        var ids = await articles.EntityIdsAsync(filter.EntityKeys, filter.EntityType, cancellationToken);
        if (filter.AnyEntity) return ids.Count == 0 ? null : [[.. ids.Values.SelectMany(i => i)]];
        return filter.EntityKeys.All(ids.ContainsKey) ? [.. filter.EntityKeys.Select(k => ids[k])] : null;
    }

    private static readonly IReadOnlyDictionary<long, EntityName> NoEntities = new Dictionary<long, EntityName>();

    private static async Task<ArticleResponse> ResponseAsync(ArticleRecord article, EntityDirectory entities, CancellationToken cancellationToken) =>
        article.ToResponse(await entities.ResolveAsync(article.EntityIds ?? [], cancellationToken));
}
