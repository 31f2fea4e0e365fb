using ArticleApi.Articles;

namespace ArticleApi.Entities;

/// <summary>What an article's list of entity ids stands for: each entity's key, name and type.</summary>
public sealed record EntityName(string Key, string Name, EntityType Type);
