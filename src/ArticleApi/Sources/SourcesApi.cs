using ArticleApi.Common.Validation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ArticleApi.Sources;

public static class SourcesApi
{
    public static IServiceCollection AddSources(this IServiceCollection services) => services.AddSingleton<SourceRepository>();

    public static void MapSources(this IEndpointRouteBuilder app)
    {
        app.MapGet("/sources", ListSources)
            .WithTags("Sources")
            .WithValidation()
            .WithName("ListSources")
            .WithSummary("List the sources articles come from")
            .WithDescription("Every source with at least one article: its name, how many articles it has and when the newest was published. Most articles first.");
    }

    private static async Task<Ok<IReadOnlyList<SourceResponse>>> ListSources(SourceRepository sources, CancellationToken cancellationToken) =>
        TypedResults.Ok(await sources.ListAsync(cancellationToken));
}

/// <summary>A source and its articles.</summary>
/// <param name="Source">The source as first written, e.g. "ANP"; filter with `source=` in any letter case.</param>
/// <param name="ArticleCount">How many articles it has.</param>
/// <param name="NewestPublishedAt">When its newest article was published (UTC).</param>
public sealed record SourceResponse(string Source, long ArticleCount, DateTimeOffset? NewestPublishedAt);
