using ArticleApi.Auth;
using ArticleApi.Common.OpenApi;
using ArticleApi.Common.Paging;
using ArticleApi.Common.Validation;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Articles;

public static class ArticlesApi
{
    public static RouteGroupBuilder MapArticles(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/articles").WithTags("Articles").WithValidation();

        group.MapGet("", ListArticles)
            .WithName("ListArticles")
            .WithSummary("List articles, newest first")
            .WithDescription("""
                Pages through articles ordered by `publishedAt` (newest first, ties broken by `id`, so pages are stable).
                Filters combine with AND; a repeated `source` matches any of them, a repeated `entity` requires all of them.
                List items carry every field except `body`; fetch `/articles/{id}` for the copy.
                """);

        group.MapGet("/{id}", GetArticle)
            .WithName("GetArticle")
            .WithSummary("Get one article")
            .WithDescription("The whole article, body included. An id that is not a UUID answers 400; an unknown id 404.")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(responses: ArticleExamples.Found);

        group.MapPost("", CreateArticle)
            .WithName("CreateArticle")
            .WithSummary("Store a new article (editors)")
            .WithDescription("""
                Validates and stores an article; answers 201 with the article and its `Location`.
                A second article with the same `source` and `externalId` answers 409 naming the existing article.
                """)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .Accepts<ArticleRequest>("application/json")
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithExamples(ArticleExamples.Request, ArticleExamples.Created);

        group.MapPut("/{id}", ReplaceArticle)
            .WithName("ReplaceArticle")
            .WithSummary("Replace an article (editors)")
            .WithDescription("Replaces every field, with the same rules as creating one; `version` goes up by 1.")
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .Accepts<ArticleRequest>("application/json")
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithExamples(ArticleExamples.Request, ArticleExamples.Found);

        group.MapDelete("/{id}", DeleteArticle)
            .WithName("DeleteArticle")
            .WithSummary("Delete an article (editors)")
            .WithDescription("Removes the article; it no longer appears in lists and fetching it answers 404.")
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .ProducesProblem(StatusCodes.Status404NotFound);

        return group;
    }

    private static async Task<Ok<PagedResponse<ArticleSummaryResponse>>> ListArticles(
        [AsParameters] ListArticlesRequest request, ArticleRepository articles, CancellationToken cancellationToken)
    {
        var query = request.ToQuery();
        var (items, total) = await articles.ListAsync(query, cancellationToken);
        return TypedResults.Ok(PagedResponse<ArticleSummaryResponse>.Create(
            items.Select(a => a.ToSummary()).ToList(), query.Page, query.PageSize, total));
    }

    /// <param name="id">The article's id, a UUID as returned when it was created.</param>
    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> GetArticle(
        Guid id, ArticleRepository articles, CancellationToken cancellationToken)
    {
        var article = await articles.GetAsync(id, cancellationToken);
        return article is null ? ArticleProblems.NotFound(id) : TypedResults.Ok(article.ToResponse());
    }

    /// <param name="request">The article to store.</param>
    private static async Task<Results<Created<ArticleResponse>, ProblemHttpResult>> CreateArticle(
        [FromBody] ArticleRequest request, ArticleRepository articles, CancellationToken cancellationToken)
    {
        var outcome = await articles.CreateAsync(Guid.CreateVersion7(), ArticleDraft.From(request), cancellationToken);
        return outcome switch
        {
            WriteOutcome.Written(var article) => TypedResults.Created($"/articles/{article.Id}", article.ToResponse()),
            WriteOutcome.Duplicate duplicate => ArticleProblems.Duplicate(duplicate),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <param name="id">The article's id, a UUID as returned when it was created.</param>
    /// <param name="request">The article's new content: every field, as for creating one.</param>
    private static async Task<Results<Ok<ArticleResponse>, ProblemHttpResult>> ReplaceArticle(
        Guid id, [FromBody] ArticleRequest request, ArticleRepository articles, CancellationToken cancellationToken)
    {
        var outcome = await articles.ReplaceAsync(id, ArticleDraft.From(request), cancellationToken);
        return outcome switch
        {
            WriteOutcome.Written(var article) => TypedResults.Ok(article.ToResponse()),
            WriteOutcome.NotFound => ArticleProblems.NotFound(id),
            WriteOutcome.Duplicate duplicate => ArticleProblems.Duplicate(duplicate),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    /// <param name="id">The article's id, a UUID as returned when it was created.</param>
    private static async Task<Results<NoContent, ProblemHttpResult>> DeleteArticle(
        Guid id, ArticleRepository articles, CancellationToken cancellationToken) =>
        await articles.DeleteAsync(id, cancellationToken) ? TypedResults.NoContent() : ArticleProblems.NotFound(id);
}
