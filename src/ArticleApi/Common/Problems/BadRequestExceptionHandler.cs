using System.Text.Json;
using System.Text.RegularExpressions;
using ArticleApi.Common.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace ArticleApi.Common.Problems;

/// <summary>
/// Turns what ASP.NET Core reports as a bad request (unreadable JSON, a route or query value of the
/// wrong type, a missing body) into a problem that names the field and says why.
/// </summary>
public sealed partial class BadRequestExceptionHandler(IProblemDetailsService problems, IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions> json) : IExceptionHandler
{
    [GeneratedRegex("""^Failed to bind parameter "(?<type>[^ ]+) (?<name>[^"]+)" from "(?<value>.*)"\.$""", RegexOptions.Singleline)]
    private static partial Regex BindFailure();

    [GeneratedRegex("""^Required parameter "(?<type>[^ ]+) (?<name>[^"]+)" was not provided from (?<source>.+)\.$""")]
    private static partial Regex MissingParameter();

    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var problem = bad.InnerException is JsonException jsonError
            ? new JsonProblems(json.Value.SerializerOptions).From(jsonError, RequestBodyType(context))
            : FromBinding(bad, context.Request.Query);
        context.Response.StatusCode = problem.Status ?? StatusCodes.Status400BadRequest;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = context,
            ProblemDetails = problem,
            Exception = exception,
        });
    }

    // The middleware has cleared the request's endpoint by now; the feature keeps the one that failed.
    private static Type? RequestBodyType(HttpContext context) =>
        context.Features.Get<IExceptionHandlerFeature>()?.Endpoint?.Metadata.GetMetadata<IAcceptsMetadata>()?.RequestType;

    private static ProblemDetails FromBinding(BadHttpRequestException bad, IQueryCollection query)
    {
        if (BindFailure().Match(bad.Message) is { Success: true } failure)
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(failure.Groups["name"].Value);
            return query[name].Count > 1
                ? Problems.Invalid(name, ValidationFilter.RepeatedQueryParameterMessage(name, query[name].Count))
                : Problems.Invalid(name, $"'{failure.Groups["value"].Value}' is not {Describe(failure.Groups["type"].Value)}.");
        }
        if (MissingParameter().Match(bad.Message) is { Success: true } missing)
        {
            return missing.Groups["source"].Value == "body"
                ? Problems.Invalid("body", "A JSON request body is required.")
                : Problems.Invalid(JsonNamingPolicy.CamelCase.ConvertName(missing.Groups["name"].Value), "This parameter is required.");
        }
        if (bad.Message.StartsWith("Implicit body inferred", StringComparison.Ordinal))
            return Problems.Invalid("body", "A JSON request body is required.");
        // Kestrel's own messages (request line, headers, body limits) are safe to show.
        return new ProblemDetails { Status = bad.StatusCode, Detail = bad.Message };
    }

    private static string Describe(string type) => type.Replace("Nullable<", "").TrimEnd('?', '>') switch
    {
        "int" or "long" or "Int32" or "Int64" => "a whole number",
        "Guid" => "a valid id (a UUID such as 0195b4a8-3c5e-7f4a-9b1d-2a6f0c8e4d21)",
        "bool" or "Boolean" => "true or false",
        _ => "a valid value",
    };
}
