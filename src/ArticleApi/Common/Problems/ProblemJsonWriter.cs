using System.Diagnostics;
using Microsoft.Extensions.Options;

namespace ArticleApi.Common.Problems;

/// <summary>
/// The writer of last resort: ASP.NET Core's own writes a problem only when Accept admits JSON, and
/// otherwise leaves the error with an empty body. This API answers only JSON, so a problem goes out as
/// problem+json whatever Accept says (RFC 9110 lets a server disregard Accept rather than answer 406).
/// </summary>
public sealed class ProblemJsonWriter(IOptions<ProblemDetailsOptions> options, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IProblemDetailsWriter
{
    public bool CanWrite(ProblemDetailsContext context) => true;

    public ValueTask WriteAsync(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        problem.Status ??= context.HttpContext.Response.StatusCode;
        options.Value.CustomizeProblemDetails?.Invoke(context);
        problem.Extensions.TryAdd("traceId", Activity.Current?.Id ?? context.HttpContext.TraceIdentifier);
        return new ValueTask(context.HttpContext.Response.WriteAsJsonAsync(
            problem, problem.GetType(), json.Value.SerializerOptions, "application/problem+json", context.HttpContext.RequestAborted));
    }
}
