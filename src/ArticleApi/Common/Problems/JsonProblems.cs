using System.Collections;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc;

namespace ArticleApi.Common.Problems;

/// <summary>
/// Explains why System.Text.Json rejected a request body, in the client's terms: which field (as a
/// JSON path such as "entities[0].type"), and what it should have been.
/// </summary>
public sealed partial class JsonProblems(JsonSerializerOptions options)
{
    [GeneratedRegex("""^The JSON property '(?<name>[^']*)' could not be mapped""")]
    private static partial Regex UnmappedMember();

    [GeneratedRegex("""^Duplicate property '(?<name>[^']*)'""")]
    private static partial Regex DuplicateProperty();

    [GeneratedRegex("""(?<name>[^.\[\]]+)|\[(?<index>\d+)\]""")]
    private static partial Regex PathSegment();

    public ProblemDetails From(JsonException error, Type? bodyType)
    {
        // What the reader rejects (bad syntax, invalid UTF-8, too deep, truncated) has a position, not a
        // field; System.Text.Json wraps those reader errors, themselves JsonExceptions, in this one.
        if (IsMalformed(error))
            return Malformed(error);

        var field = error.Path is null or "$" ? null : error.Path.TrimStart('$', '.');
        if (UnmappedMember().Match(error.Message) is { Success: true } unmapped)
        {
            var property = unmapped.Groups["name"].Value;
            var known = KnownProperties(bodyType, ParentOf(field));
            var suggestion = known.FirstOrDefault(k => string.Equals(k, property, StringComparison.OrdinalIgnoreCase));
            return Problems.Invalid(field ?? property, suggestion is null
                ? $"Unknown property '{property}'. Known properties: {string.Join(", ", known)}."
                : $"Unknown property '{property}'. Did you mean '{suggestion}'? (Property names are case-sensitive.)");
        }
        if (DuplicateProperty().Match(error.Message) is { Success: true } duplicate)
            return Problems.Invalid(field ?? duplicate.Groups["name"].Value, "This property appears more than once.");
        // Our string converter checks the token type first, so a string that fails to read failed to decode.
        if (error.InnerException is InvalidOperationException)
            return Problems.Invalid(field ?? "body", "The text is not valid Unicode (an unpaired surrogate escape or invalid UTF-8).");
        if (field is null)
            return Problems.Invalid("body", "The request body must be a JSON object.");

        // Our converters say what they expected; for the rest, describe the type the field has.
        var message = error.Message.StartsWith("Expected", StringComparison.Ordinal)
            ? error.Message
            : Expected(TypeAt(bodyType, field));
        return Problems.Invalid(field, message);
    }

    /// <summary>Whether the JSON itself could not be read (bad syntax, invalid UTF-8, too deep, truncated), rather than a value in it.</summary>
    public static bool IsMalformed(JsonException error) => error.InnerException is JsonException;

    /// <summary>Why the reader stopped, without its position (which callers state in their own terms).</summary>
    public static string MalformedReason(JsonException error)
    {
        var reason = error.InnerException!.Message;
        var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? reason : reason[..cut]).TrimEnd(' ', '.', '|');
    }

    private static ProblemDetails Malformed(JsonException error)
    {
        var reason = MalformedReason(error);
        var problem = new ProblemDetails
        {
            Status = StatusCodes.Status400BadRequest,
            Title = "Malformed JSON",
            Detail = $"The request body is not valid JSON: {reason} (line {error.LineNumber + 1}, byte {error.BytePositionInLine + 1}).",
        };
        problem.Extensions["line"] = error.LineNumber + 1;
        problem.Extensions["bytePositionInLine"] = error.BytePositionInLine + 1;
        return problem;
    }

    private string Expected(Type? type)
    {
        type = type is null ? null : Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            null => "The value is not of the type this field takes (see the schema).",
            _ when type == typeof(string) => "Expected a JSON string.",
            _ when type.IsEnum => $"Expected one of: {string.Join(", ", Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, options).Trim('"')))}.",
            _ when type == typeof(int) || type == typeof(long) => "Expected a whole number.",
            _ when type == typeof(bool) => "Expected true or false.",
            _ when typeof(IEnumerable).IsAssignableFrom(type) => "Expected a JSON array.",
            _ => "Expected a JSON object.",
        };
    }

    /// <summary>The .NET type a JSON path such as "entities[0].type" lands on, walking the body type's JSON contract.</summary>
    private Type? TypeAt(Type? root, string? path)
    {
        var type = root;
        foreach (Match segment in PathSegment().Matches(path ?? ""))
        {
            if (type is null) return null;
            type = segment.Groups["index"].Success
                ? ElementType(type)
                : Properties(type).FirstOrDefault(p => p.Name == segment.Groups["name"].Value)?.PropertyType;
        }
        return type;
    }

    private IEnumerable<string> KnownProperties(Type? root, string? parentPath) =>
        TypeAt(root, parentPath) is { } type ? Properties(type).Select(p => p.Name) : [];

    private IEnumerable<JsonPropertyInfo> Properties(Type type) =>
        options.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Object } info ? info.Properties : [];

    private static Type? ElementType(Type type) =>
        type.IsArray ? type.GetElementType()
        : type.GetInterfaces().Append(type).FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))?.GetGenericArguments()[0];

    private static string? ParentOf(string? field)
    {
        if (field is null) return null;
        var dot = field.LastIndexOf('.');
        return dot < 0 ? null : field[..dot];
    }
}
