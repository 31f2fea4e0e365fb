using System.Text.Json.Serialization;
using ArticleApi.Common.Json;

namespace ArticleApi.Articles;

/// <summary>What kind of thing an article mentions.</summary>
[JsonConverter(typeof(StrictEnumConverter<EntityType>))]
public enum EntityType
{
    [JsonStringEnumMemberName("person")] Person,
    [JsonStringEnumMemberName("organization")] Organization,
    [JsonStringEnumMemberName("location")] Location,
    [JsonStringEnumMemberName("other")] Other,
}

public static class EntityTypeNames
{
    public static string ToDatabase(this EntityType type) => type switch
    {
        EntityType.Person => "person",
        EntityType.Organization => "organization",
        EntityType.Location => "location",
        _ => "other",
    };

    public static EntityType FromDatabase(string type) =>
        TryFromDatabase(type, out var parsed) ? parsed : throw new ArgumentException($"Unknown entity type '{type}'.", nameof(type));

    public static bool TryFromDatabase(string type, out EntityType parsed)
    {
        parsed = type switch
        {
            "person" => EntityType.Person,
            "organization" => EntityType.Organization,
            "location" => EntityType.Location,
            _ => EntityType.Other,
        };
        return type is "person" or "organization" or "location" or "other";
    }
}

/// <summary>Who said an article mentions an entity.</summary>
[JsonConverter(typeof(StrictEnumConverter<EntityOrigin>))]
public enum EntityOrigin
{
    /// <summary>An editor listed it in the article's entities.</summary>
    [JsonStringEnumMemberName("editor")] Editor,
    /// <summary>The service found it in the text.</summary>
    [JsonStringEnumMemberName("extracted")] Extracted,
}
