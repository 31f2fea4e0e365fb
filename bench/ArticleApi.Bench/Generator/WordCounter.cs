using System.Text;

namespace ArticleApi.Bench.Generator;

/// <summary>Counts words as runs of non-space characters that contain a letter or digit, so dashes do not count.</summary>
internal static class WordCounter
{
    public static int Count(StringBuilder text, int start)
    {
        var words = 0;
        var inWord = false;
        var wordHasContent = false;
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            if (start >= span.Length)
            {
                start -= span.Length;
                continue;
            }
            for (var i = start; i < span.Length; i++)
            {
                var c = span[i];
                if (char.IsWhiteSpace(c))
                {
                    if (inWord && wordHasContent) words++;
                    inWord = false;
                    wordHasContent = false;
                    continue;
                }
                inWord = true;
                wordHasContent |= char.IsLetterOrDigit(c);
            }
            start = 0;
        }
        return inWord && wordHasContent ? words + 1 : words;
    }

    public static int Count(string text)
    {
        var words = 0;
        var inWord = false;
        var wordHasContent = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                if (inWord && wordHasContent) words++;
                inWord = false;
                wordHasContent = false;
                continue;
            }
            inWord = true;
            wordHasContent |= char.IsLetterOrDigit(c);
        }
        return inWord && wordHasContent ? words + 1 : words;
    }
}
