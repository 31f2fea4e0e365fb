using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArticleApi.Articles;

/// <summary>Writes only the fields an item was asked for, in the order of a full article.</summary>
public sealed class ArticleListItemConverter : JsonConverter<ArticleListItem>
{
    public override ArticleListItem Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("List items are only written.");

    public override void Write(Utf8JsonWriter writer, ArticleListItem item, JsonSerializerOptions options)
    {
        var fields = item.Fields;
        writer.WriteStartObject();
        if (fields.HasFlag(ArticleFields.Id)) writer.WriteString("id", item.Id);
        if (fields.HasFlag(ArticleFields.Source)) writer.WriteString("source", item.Source);
        if (fields.HasFlag(ArticleFields.ExternalId)) writer.WriteString("externalId", item.ExternalId);
        if (fields.HasFlag(ArticleFields.Headline)) writer.WriteString("headline", item.Headline);
        if (fields.HasFlag(ArticleFields.Summary)) writer.WriteString("summary", item.Summary);
        if (fields.HasFlag(ArticleFields.Body)) writer.WriteString("body", item.Body);
        if (fields.HasFlag(ArticleFields.Dateline))
        {
            writer.WriteString("dateline", item.Dateline);
            writer.WriteString("datelinePlace", item.DatelinePlace);
        }
        if (fields.HasFlag(ArticleFields.Language)) writer.WriteString("language", item.Language);
        if (fields.HasFlag(ArticleFields.Byline)) writer.WriteString("byline", item.Byline);
        if (fields.HasFlag(ArticleFields.Url)) writer.WriteString("url", item.Url);
        if (fields.HasFlag(ArticleFields.PublishedAt)) writer.WriteString("publishedAt", item.PublishedAt.UtcDateTime);
        if (fields.HasFlag(ArticleFields.Entities))
        {
            writer.WriteStartArray("entities");
            foreach (var entity in item.Entities ?? [])
            {
                writer.WriteStartObject();
                writer.WriteString("key", entity.Key);
                writer.WriteString("name", entity.Name);
                writer.WriteString("type", entity.Type.ToDatabase());
                writer.WriteString("origin", entity.Origin == EntityOrigin.Editor ? "editor" : "extracted");
                writer.WriteNumber("count", entity.Count);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        if (fields.HasFlag(ArticleFields.Version)) writer.WriteNumber("version", item.Version ?? 0);
        if (fields.HasFlag(ArticleFields.CreatedAt)) WriteTime(writer, "createdAt", item.CreatedAt);
        if (fields.HasFlag(ArticleFields.UpdatedAt)) WriteTime(writer, "updatedAt", item.UpdatedAt);
        if (fields.HasFlag(ArticleFields.Snippet)) writer.WriteString("snippet", item.Snippet);
        writer.WriteEndObject();
    }

    // System.Text.Json writes a UTC DateTime as RFC 3339 with 'Z' and no trailing fractional zeros.
    private static void WriteTime(Utf8JsonWriter writer, string name, DateTimeOffset? value)
    {
        if (value is { } time) writer.WriteString(name, time.UtcDateTime);
        else writer.WriteNull(name);
    }
}
