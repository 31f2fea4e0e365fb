using ArticleApi.Common.Limits;
using Microsoft.Extensions.Options;

namespace ArticleApi.Common.Problems;

public static class ProblemSetup
{
    public static IServiceCollection AddApiProblems(this IServiceCollection services)
    {
        services.AddProblemDetails(options => options.CustomizeProblemDetails = context =>
        {
            var problem = context.ProblemDetails;
            problem.Instance ??= context.HttpContext.Request.Path;
            problem.Detail ??= problem.Status switch
            {
                StatusCodes.Status401Unauthorized => context.HttpContext.Request.Headers.Authorization.Count == 0
                    ? "Send a bearer token: Authorization: Bearer <JWT>."
                    : "The bearer token is not valid here: expired, not yet valid, or signed, issued or addressed for something else.",
                StatusCodes.Status403Forbidden => "The token is valid but lacks the role this operation needs.",
                StatusCodes.Status404NotFound => "No resource lives at this address.",
                StatusCodes.Status405MethodNotAllowed => "This address does not take that HTTP method.",
                StatusCodes.Status413PayloadTooLarge =>
                    $"The request body exceeds the limit of {context.HttpContext.RequestServices.GetRequiredService<IOptions<LimitOptions>>().Value.DescribeBodyLimit()}.",
                StatusCodes.Status415UnsupportedMediaType => $"Send the request body as {ContentTypeCheck.TypesTaken(context.HttpContext)} in UTF-8.",
                _ => null,
            };
        });
        services.AddSingleton<IProblemDetailsWriter, ProblemJsonWriter>(); // after the default writer: used when Accept excludes JSON
        services.AddExceptionHandler<BadRequestExceptionHandler>();
        // Binding failures become exceptions so BadRequestExceptionHandler can name the field.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    /// <summary>Every error, from a failed bind to a thrown exception to a bare 404, answers problem+json.</summary>
    public static WebApplication UseApiProblems(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseStrictContentTypes();
        return app;
    }
}
