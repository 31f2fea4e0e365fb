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

    public static EntityType FromDatabase(string type) => type switch
    {
        "person" => EntityType.Person,
        "organization" => EntityType.Organization,
        "location" => EntityType.Location,
        _ => EntityType.Other,
    };
}
