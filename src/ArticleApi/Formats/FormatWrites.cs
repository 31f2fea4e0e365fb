using ArticleApi.Articles;
using ArticleApi.Entities;
using ArticleApi.Entities.Extraction;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace ArticleApi.Formats;

/// <summary>
/// The one path an item of another format (ninjs, wire text) takes into the store: read it, check it as the JSON
/// article it becomes, store it as the JSON endpoints do (409, idempotency, history, Accept). A reader's
/// <see cref="ArticleFormatException"/> and the validator's failures are 400s naming the fields in the format's terms.
/// </summary>
public static class FormatWrites
{
    /// <summary>POST /articles with an item of another format.</summary>
    public static async Task<IResult> CreateAsync(Func<FormatArticle> read, IValidator<ArticleRequest> validator, ArticleRepository articles,
        EntityExtractor extractor, EntityDirectory entities, HttpContext http, CancellationToken cancellationToken)
    {
        if (!TryRead(read, out var item, out var refused)) return refused;
        var validation = await validator.ValidateAsync(item.Request, cancellationToken);
        if (!validation.IsValid) return TypedResults.ValidationProblem(item.Errors(validation));
        // This service's own item coming back would otherwise be a second copy: it carries no agency id to collide on.
        if (item.StoredAs is { } id && await articles.GetAsync(id, cancellationToken) is not null) return ArticleProblems.AlreadyStored(id);
        return await ArticlesApi.CreateAsync(item.Request, item.ListedFoundAreExtracted, articles, extractor, entities, http, cancellationToken);
    }

    /// <summary>PUT /articles/by-source/{source}/{externalId} with an item of another format: the path says which item it is.</summary>
    public static async Task<IResult> UpsertAsync(string source, string externalId, Func<FormatArticle> read,
        IValidator<AgencyItemRequest> validator, ArticleRepository articles, EntityExtractor extractor, EntityDirectory entities,
        IOptions<ArticleWriteOptions> options, HttpContext http, CancellationToken cancellationToken)
    {
        if (!TryRead(read, out var item, out var refused)) return refused;
        var request = new AgencyItemRequest { Source = source, ExternalId = externalId, Body = item.AgencyItemBody };
        var validation = await validator.ValidateAsync(request, cancellationToken);
        if (!validation.IsValid) return TypedResults.ValidationProblem(item.Errors(validation));
        return await ArticlesApi.UpsertAsync(request.Article(), item.ListedFoundAreExtracted, articles, extractor, entities, options, http, cancellationToken);
    }

    private static bool TryRead(Func<FormatArticle> read, out FormatArticle item, out IResult refused)
    {
        try
        {
            item = read();
            refused = Results.Empty;
            return true;
        }
        catch (ArticleFormatException e)
        {
            item = null!;
            refused = TypedResults.ValidationProblem(e.Errors.ToDictionary(error => error.Key, error => new[] { error.Value }));
            return false;
        }
    }
}
