using ArticleApi.Articles;
using ArticleApi.Auth;
using ArticleApi.Common.OpenApi;
using ArticleApi.Common.Text;
using ArticleApi.Common.Validation;
using ArticleApi.Entities.Extraction;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Entities;

public static class EntitiesApi
{
    public static IServiceCollection AddEntities(this IServiceCollection services) =>
        services.AddSingleton<EntityRepository>()
            .AddSingleton<EntityDirectory>().AddSingleton(EntityExtractor.Default)
            .AddOptions<EntityListLimits>().BindConfiguration("Entities").Services;

    public static void MapEntities(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/entities").WithTags("Entities").WithValidation();

        group.MapGet("", ListEntities)
            .WithName("ListEntities")
            .WithSummary("Find entities: autocomplete by prefix, most mentioned first")
            .WithDescription("""
                The people, organisations, places and other things articles mention, with how many articles
                mention each, most mentioned first. `prefix` matches the start of any word of an entity's name
                or aliases, so it serves autocomplete: `zel` finds "Volodymyr Zelensky".
                """)
            .WithExamples(responses: EntityExamples.List);

        group.MapGet("/{key}", GetEntity)
            .WithName("GetEntity")
            .WithSummary("Get one entity with its aliases")
            .WithDescription("""
                The entity, every spelling articles have used for it, and how many articles mention it.
                A key the entity had before an editor renamed or merged it answers 301 to its current key.
                """)
            .Produces(StatusCodes.Status301MovedPermanently)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .WithExamples(responses: EntityExamples.Details);

        group.MapPut("/{key}", CorrectEntity)
            .WithName("CorrectEntity")
            .WithSummary("Rename, retype or merge an entity (editors)")
            .WithDescription("""
                With `name` and `type`: the entity takes them, and a key made from them (its old keys redirect
                there); 409 if another entity already has that key, which `mergeInto` resolves. With `mergeInto`:
                the entity is the same as the one with that key; its articles, aliases and keys move there and it
                is gone (GET on its key then redirects). Answers the corrected entity. A former key answers 308
                to the current one.
                """)
            .RequireAuthorization(EditorAuthentication.EditorPolicy)
            .Accepts<EntityCorrectionRequest>("application/json")
            .Produces(StatusCodes.Status308PermanentRedirect)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .WithExamples(EntityExamples.Rename, EntityExamples.Details);
    }

    private static async Task<Ok<EntityListResponse>> ListEntities(
        [AsParameters] ListEntitiesRequest request, EntityRepository entities, CancellationToken cancellationToken)
    {
        var page = request.Page ?? 1;
        var pageSize = request.PageSize ?? ListEntitiesRequest.DefaultPageSize;
        var found = await entities.ListAsync(request.Prefixes(), request.EntityType, pageSize, (page - 1) * pageSize, cancellationToken);
        return TypedResults.Ok(new EntityListResponse(found.Items, page, pageSize, found.HasMore,
            found.TotalCount, found.TotalCountIsEstimate, (found.TotalCount + pageSize - 1) / pageSize));
    }

    /// <param name="key">The entity's key, e.g. `person:volodymyr-zelensky` (as articles and entity lists give it).</param>
    private static async Task<Results<Ok<EntityDetailsResponse>, RedirectHttpResult, ProblemHttpResult, ValidationProblem>> GetEntity(
        string key, EntityRepository entities, CancellationToken cancellationToken)
    {
        key = TextFolding.Fold(key);
        if (!EntityKey.IsWellFormed(key)) return EntityProblems.MalformedKey(key);
        var entity = await entities.FindAsync(key, cancellationToken);
        if (entity is null) return EntityProblems.NotFound(key);
        return entity.Entity.Key == key
            ? TypedResults.Ok(entity.ToResponse())
            : TypedResults.Redirect(Location(entity.Entity.Key), permanent: true);
    }

    /// <param name="key">The entity's key, e.g. `person:zelenski`.</param>
    /// <param name="request">The correction.</param>
    private static async Task<Results<Ok<EntityDetailsResponse>, RedirectHttpResult, ProblemHttpResult, ValidationProblem>> CorrectEntity(
        string key, [FromBody] EntityCorrectionRequest request, EntityRepository entities, EntityDirectory directory,
        HttpContext http, CancellationToken cancellationToken)
    {
        key = TextFolding.Fold(key);
        if (!EntityKey.IsWellFormed(key)) return EntityProblems.MalformedKey(key);
        if (await entities.FindForWriteAsync(key, cancellationToken) is { } found && found.Entity.Key != key)
            return TypedResults.Redirect(Location(found.Entity.Key), permanent: true, preserveMethod: true);

        var outcome = request.MergeInto is { } target
            ? await entities.MergeAsync(key, TextFolding.Fold(target), http.User.Actor(), cancellationToken)
            : await entities.RenameAsync(key, request.Name!, request.Type!.Value, cancellationToken);
        if (outcome is EntityCorrection.Done done)
        {
            directory.Forget(done.Changed);
            return TypedResults.Ok(done.Entity.ToResponse());
        }
        return outcome switch
        {
            EntityCorrection.NotFound => EntityProblems.NotFound(key),
            EntityCorrection.TargetNotFound missing => EntityProblems.TargetNotFound(missing.Key),
            EntityCorrection.SameEntity => EntityProblems.SameEntity(key),
            EntityCorrection.KeyTaken taken => EntityProblems.KeyTaken(taken.Key),
            _ => throw new InvalidOperationException($"Unexpected outcome {outcome}."),
        };
    }

    private static string Location(string key) => $"/entities/{Uri.EscapeDataString(key).Replace("%3A", ":")}";
}
