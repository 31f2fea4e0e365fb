using System.Text.Json;
using System.Text.Json.Serialization;
using ArticleApi.Common.Text;

namespace ArticleApi.Common.Json;

/// <summary>
/// Reads only RFC 3339 date-times that carry an offset (a bare "2025-03-20T10:15:00" would silently
/// mean the server's zone) and writes UTC with 'Z'.
/// </summary>
public sealed class Rfc3339DateTimeOffsetConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String && Rfc3339.TryParseDateTime(reader.GetString(), out var value))
            return value;
        throw new JsonException(
            $"Expected an RFC 3339 date-time with a UTC offset, e.g. {Rfc3339.DateTimeExample} or 2025-03-20T11:15:00+01:00.");
    }

    // A UTC DateTime is written as RFC 3339 with 'Z' and without trailing fractional zeros.
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime);
}
