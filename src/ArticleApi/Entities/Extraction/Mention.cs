namespace ArticleApi.Entities.Extraction;

/// <summary>What the words around a mention say about it.</summary>
[Flags]
public enum MentionHints
{
    None = 0,
    /// <summary>After a title or role: "premier Schoof", "NAVO-chef Rutte".</summary>
    Title = 1,
    /// <summary>Saying something: "aldus Schoof", "Macron said".</summary>
    Speaker = 2,
    /// <summary>After a word of place: "in Caen", "naar Kyiv".</summary>
    Place = 4,
    /// <summary>Quoted on its own, as the title of a work is: 'De Stille Haven'.</summary>
    Quoted = 8,
    /// <summary>The place of the dateline.</summary>
    Dateline = 16,
}

/// <summary>
/// One name as the text writes it. A weak mention (a capitalised sentence start that no list knows)
/// counts only if a strong one confirms the name.
/// </summary>
public sealed record Mention(string Name, Token[] Tokens, bool Strong, MentionHints Hints);
