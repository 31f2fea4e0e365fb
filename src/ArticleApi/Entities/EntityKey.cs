using System.Text;
using ArticleApi.Articles;
using ArticleApi.Common.Text;

namespace ArticleApi.Entities;

/// <summary>
/// An entity's stable key: its type and its case- and accent-folded name, letters and digits only,
/// written for URLs: "person:volodymyr-zelensky", "organization:at-t", "location:den-haag".
/// Migration 0003 has its SQL twin (for the entities stored before keys existed).
/// </summary>
public static class EntityKey
{
    // Keys stay within what IsWellFormed accepts even where folding lengthens a name ("ﷺ" folds to 18 letters).
    private const int MaxKeyLength = 300;
    private const int MaxSlugLength = MaxKeyLength - 13; // "organization:" is the longest type

    public static string Of(EntityType type, string name) => $"{type.ToDatabase()}:{Limited(Slug(name))}";

    private static string Limited(string slug)
    {
        if (slug.Length <= MaxSlugLength) return slug;
        var length = char.IsHighSurrogate(slug[MaxSlugLength - 1]) ? MaxSlugLength - 1 : MaxSlugLength;
        return slug[..length].TrimEnd('-');
    }

    /// <summary>"Caroline van der Plas" → "caroline-van-der-plas"; "AT&amp;T" → "at-t"; "'s-Hertogenbosch" → "s-hertogenbosch".</summary>
    public static string Slug(string name)
    {
        var slug = new StringBuilder(name.Length);
        foreach (var rune in TextFolding.Fold(name).EnumerateRunes())
        {
            if (Rune.IsLetterOrDigit(rune)) slug.Append(rune.ToString());
            else if (slug.Length > 0 && slug[^1] != '-') slug.Append('-');
        }
        return slug.ToString().TrimEnd('-');
    }

    /// <summary>Whether a name makes a key: folded, it keeps a letter or a digit.</summary>
    public static bool CanKey(string name) => Slug(name).Length > 0;

    /// <summary>"type:slug", as keys are written: a known type, then letters, digits and single hyphens.</summary>
    public static bool IsWellFormed(string? key) =>
        key is { Length: <= MaxKeyLength } && TypeOf(key) is not null && key[(key.IndexOf(':') + 1)..] is { Length: > 0 } slug && Slug(slug) == slug;

    /// <summary>The type a key names, if it is shaped like a key.</summary>
    public static EntityType? TypeOf(string key)
    {
        var colon = key.IndexOf(':');
        return colon > 0 && EntityTypeNames.TryFromDatabase(key[..colon], out var type) ? type : null;
    }
}
