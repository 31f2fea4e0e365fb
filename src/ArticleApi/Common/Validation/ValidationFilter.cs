using System.Reflection;
using System.Text.Json;
using ArticleApi.Common.OpenApi;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Common.Validation;

/// <summary>
/// The one place requests are checked: unknown or repeated query parameters, then every argument that has a
/// FluentValidation validator. Failures answer 400 with the offending fields named.
/// </summary>
public static class ValidationFilter
{
    public static TBuilder WithValidation<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder
    {
        builder.AddEndpointFilterFactory(Create);
        builder.ProducesValidationProblem();
        return builder;
    }

    private static EndpointFilterDelegate Create(EndpointFilterFactoryContext context, EndpointFilterDelegate next)
    {
        var parameters = context.MethodInfo.GetParameters();
        var knownQueryNames = KnownQueryNames(parameters);
        var repeatable = RepeatableQueryNames(parameters);
        var validated = parameters
            .Select((parameter, index) => (index, validatorType: typeof(IValidator<>).MakeGenericType(parameter.ParameterType)))
            .Where(p => context.ApplicationServices.GetService(p.validatorType) is not null)
            .ToArray();

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var (key, values) in invocation.HttpContext.Request.Query)
            {
                if (!knownQueryNames.Contains(key))
                    errors[key] = [UnknownQueryParameterMessage(key, knownQueryNames, invocation.HttpContext)];
                // Binding joins "?headline=H&headline=I" into "H,I" without a word; a value nobody sent must not be stored.
                else if (values.Count > 1 && !repeatable.Contains(key))
                    errors[key] = [RepeatedQueryParameterMessage(key, values.Count)];
            }

            foreach (var (index, validatorType) in validated)
            {
                var argument = invocation.Arguments[index];
                if (argument is null) continue;
                var validator = (IValidator)invocation.HttpContext.RequestServices.GetRequiredService(validatorType);
                var result = await validator.ValidateAsync(
                    new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                // An unknown query parameter may share its name with a body field ("headline"): keep both messages.
                foreach (var (field, messages) in Errors(result)) errors[field] = [.. errors.GetValueOrDefault(field) ?? [], .. messages];
            }

            return errors.Count == 0 ? await next(invocation) : TypedResults.ValidationProblem(errors);
        };
    }

    /// <summary>A validator's failures as a problem's errors: each field once, with its distinct messages.</summary>
    public static Dictionary<string, string[]> Errors(ValidationResult result) =>
        result.Errors.GroupBy(e => e.PropertyName).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorMessage).Distinct().ToArray());

    /// <summary>Also said when a repeated number fails to bind ("?limit=5&amp;limit=6" reaches binding as "5,6").</summary>
    public static string RepeatedQueryParameterMessage(string key, int count) =>
        $"Query parameter '{key}' was given {count} times; it takes one value.";

    // A parameter another media type's sibling takes (?headline= for text/plain) sent with another body: say so.
    private static string UnknownQueryParameterMessage(string key, HashSet<string> known, HttpContext http) =>
        AlternateBodies(http).FirstOrDefault(a => a.QueryNames.Contains(key, StringComparer.OrdinalIgnoreCase)) is { } alternate
            ? $"Query parameter '{key}' is only for {alternate.ContentType} bodies; this request's body is {http.Request.ContentType?.Split(';')[0] ?? "of another type"}, which carries every field itself."
        : known.Count == 0
            ? $"Unknown query parameter '{key}': this endpoint takes none."
            : $"Unknown query parameter '{key}'. Known parameters: {string.Join(", ", known.Order())}.";

    /// <summary>The alternate bodies documented on the request's path and method: on its endpoint, or on the one it is a sibling of.</summary>
    private static IEnumerable<AlternateRequestBody> AlternateBodies(HttpContext http)
    {
        if (http.GetEndpoint() is not RouteEndpoint endpoint) return [];
        return http.RequestServices.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText == endpoint.RoutePattern.RawText
                        && e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.Contains(http.Request.Method, StringComparer.OrdinalIgnoreCase) == true)
            .SelectMany(e => e.Metadata.GetOrderedMetadata<AlternateRequestBody>());
    }

    private static HashSet<string> KnownQueryNames(IEnumerable<ParameterInfo> parameters) =>
        new(QueryNames(parameters).Select(q => q.Name), StringComparer.OrdinalIgnoreCase);

    // Lists ("?source=ANP&source=dpa") are the only parameters that may come more than once.
    private static HashSet<string> RepeatableQueryNames(IEnumerable<ParameterInfo> parameters) =>
        new(QueryNames(parameters).Where(q => q.Type != typeof(string) && typeof(System.Collections.IEnumerable).IsAssignableFrom(q.Type))
            .Select(q => q.Name), StringComparer.OrdinalIgnoreCase);

    private static IEnumerable<(string Name, Type Type)> QueryNames(IEnumerable<ParameterInfo> parameters)
    {
        foreach (var parameter in parameters)
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var (name, property) in QueryParameters(parameter.ParameterType)) yield return (name, property.PropertyType);
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
            {
                yield return (fromQuery.Name ?? parameter.Name!, parameter.ParameterType);
            }
        }
    }

    /// <summary>The query parameters an [AsParameters] record binds: each property, by its [FromQuery] name or else its camelCase name.</summary>
    public static IEnumerable<(string Name, PropertyInfo Property)> QueryParameters(Type record) =>
        record.GetProperties().Select(p => (p.GetCustomAttribute<FromQueryAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name), p));
}
