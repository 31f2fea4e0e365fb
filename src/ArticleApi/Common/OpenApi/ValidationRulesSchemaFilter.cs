using System.Globalization;
using System.Reflection;
using System.Text.Json;
using ArticleApi.Common.Validation;
using FluentValidation;
using FluentValidation.Validators;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace ArticleApi.Common.OpenApi;

/// <summary>
/// Copies what the FluentValidation validators enforce into the schema Swagger shows: required
/// properties, string lengths and number ranges. The validators stay the one source of truth.
/// </summary>
public sealed class ValidationRulesSchemaFilter(IServiceProvider services) : ISchemaFilter, IParameterFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema target || target.Properties is null) return;
        foreach (var (member, rules) in RulesFor(context.Type))
        {
            var name = JsonNamingPolicy.CamelCase.ConvertName(member);
            if (!target.Properties.TryGetValue(name, out var property)) continue;
            if (rules.Any(r => r is INotNullValidator or INotEmptyValidator))
            {
                target.Required ??= new HashSet<string>();
                target.Required.Add(name);
            }
            if (property is OpenApiSchema propertySchema) ApplyLimits(propertySchema, rules);
        }
    }

    public void Apply(IOpenApiParameter parameter, ParameterFilterContext context) => Apply(parameter, context.PropertyInfo);

    /// <summary>The rules for a query parameter bound from <paramref name="property"/> of an [AsParameters] record.</summary>
    public void Apply(IOpenApiParameter parameter, PropertyInfo? property)
    {
        if (property is null || parameter.Schema is not OpenApiSchema schema) return;
        var rules = RulesFor(property.DeclaringType!).FirstOrDefault(r => string.Equals(r.Member, property.Name, StringComparison.OrdinalIgnoreCase)).Rules;
        if (rules is not null) ApplyLimits(schema, rules);
    }

    private static void ApplyLimits(OpenApiSchema schema, IReadOnlyList<IPropertyValidator> rules)
    {
        foreach (var rule in rules)
        {
            switch (rule)
            {
                case INotEmptyValidator when schema.Type?.HasFlag(JsonSchemaType.String) == true:
                    schema.MinLength ??= 1;
                    break;
                case ILengthValidator length when length.Max > 0:
                    schema.MaxLength = length.Max;
                    break;
                case IBetweenValidator between:
                    schema.Minimum = Number(between.From);
                    schema.Maximum = Number(between.To);
                    break;
                case IComparisonValidator { Comparison: Comparison.GreaterThanOrEqual } atLeast:
                    schema.Minimum = Number(atLeast.ValueToCompare);
                    break;
                case IChoiceValidator choice:
                    var target = schema.Items as OpenApiSchema ?? schema;
                    target.Enum = [.. choice.Choices.Select(c => (System.Text.Json.Nodes.JsonNode)c)];
                    break;
            }
        }
    }

    // Properties of a shared base request (the list filters) are validated by each derived request's
    // validator through a common base validator, so any of those validators knows their rules.
    private IValidator? ValidatorFor(Type type) =>
        services.GetService(typeof(IValidator<>).MakeGenericType(type)) as IValidator
        ?? typeof(Program).Assembly.GetTypes()
            .Where(t => t.IsSubclassOf(type) && !t.IsAbstract)
            .Select(t => services.GetService(typeof(IValidator<>).MakeGenericType(t)) as IValidator)
            .FirstOrDefault(v => v is not null);

    private static bool IsForEachElement(IValidationRule rule) =>
        rule.GetType().GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(ICollectionRule<,>));

    private static string? Number(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture);

    private IEnumerable<(string Member, IReadOnlyList<IPropertyValidator> Rules)> RulesFor(Type type)
    {
        if (ValidatorFor(type) is not { } validator) return [];
        var descriptor = validator.CreateDescriptor();
        // Rules on each element of a list (RuleForEach) say nothing about the list itself.
        return descriptor.GetMembersWithValidators().Select(member => (member.Key, (IReadOnlyList<IPropertyValidator>)descriptor
            .GetRulesForMember(member.Key)
            .Where(rule => !IsForEachElement(rule))
            .SelectMany(rule => rule.Components)
            .Where(c => !c.HasCondition && !c.HasAsyncCondition)
            .Select(c => c.Validator)
            .ToList()));
    }
}
