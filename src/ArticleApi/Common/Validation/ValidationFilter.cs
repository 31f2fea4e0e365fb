using System.Reflection;
using System.Text.Json;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Common.Validation;

/// <summary>
/// The one place requests are checked: unknown query parameters, then every argument that has a
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
        var validated = parameters
            .Select((parameter, index) => (index, validatorType: typeof(IValidator<>).MakeGenericType(parameter.ParameterType)))
            .Where(p => context.ApplicationServices.GetService(p.validatorType) is not null)
            .ToArray();

        return async invocation =>
        {
            var errors = new Dictionary<string, string[]>();
            foreach (var key in invocation.HttpContext.Request.Query.Keys)
            {
                if (!knownQueryNames.Contains(key))
                    errors[key] = [UnknownQueryParameterMessage(key, knownQueryNames)];
            }

            foreach (var (index, validatorType) in validated)
            {
                var argument = invocation.Arguments[index];
                if (argument is null) continue;
                var validator = (IValidator)invocation.HttpContext.RequestServices.GetRequiredService(validatorType);
                var result = await validator.ValidateAsync(
                    new ValidationContext<object>(argument), invocation.HttpContext.RequestAborted);
                foreach (var group in result.Errors.GroupBy(e => e.PropertyName))
                    errors[group.Key] = [.. group.Select(e => e.ErrorMessage).Distinct()];
            }

            return errors.Count == 0 ? await next(invocation) : TypedResults.ValidationProblem(errors);
        };
    }

    private static string UnknownQueryParameterMessage(string key, HashSet<string> known) =>
        known.Count == 0
            ? $"Unknown query parameter '{key}': this endpoint takes none."
            : $"Unknown query parameter '{key}'. Known parameters: {string.Join(", ", known.Order())}.";

    private static HashSet<string> KnownQueryNames(IEnumerable<ParameterInfo> parameters)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var parameter in parameters)
        {
            if (parameter.GetCustomAttribute<AsParametersAttribute>() is not null)
            {
                foreach (var property in parameter.ParameterType.GetProperties())
                    names.Add(property.GetCustomAttribute<FromQueryAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            }
            else if (parameter.GetCustomAttribute<FromQueryAttribute>() is { } fromQuery)
            {
                names.Add(fromQuery.Name ?? parameter.Name!);
            }
        }
        return names;
    }
}
