using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleApi.Common.Json;

/// <summary>Every string a client sends arrives without leading or trailing whitespace.</summary>
public sealed class TrimmingStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String
            ? reader.GetString()!.Trim()
            : throw new JsonException("Expected a JSON string.");

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);
}
