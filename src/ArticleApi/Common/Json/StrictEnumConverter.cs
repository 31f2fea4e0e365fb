using System.Text.Json.Serialization;

namespace ArticleApi.Common.Json;

/// <summary>Enums travel as their names only: 3 is not a valid entity type.</summary>
public sealed class StrictEnumConverter<TEnum>() : JsonStringEnumConverter<TEnum>(namingPolicy: null, allowIntegerValues: false)
    where TEnum : struct, Enum;
