using System.Text;

namespace ArticleApi.Bench.Generator;

/// <summary>Counts words as runs of non-space characters that contain a letter or digit, so dashes do not count.</summary>
internal static class WordCounter
{
    public static int Count(StringBuilder text, int start)
    {
        var state = new State();
        foreach (var chunk in text.GetChunks())
        {
            var span = chunk.Span;
            if (start >= span.Length)
            {
                start -= span.Length;
                continue;
            }
            state.Add(span[start..]);
            start = 0;
        }
        return state.Finish();
    }

    private struct State
    {
        private int _words;
        private bool _inWord;
        private bool _wordHasContent;

        public void Add(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                // Generated copy separates words with spaces and newlines only.
                if (c is ' ' or '\n')
                {
                    if (_wordHasContent) _words++;
                    _inWord = false;
                    _wordHasContent = false;
                    continue;
                }
                _inWord = true;
                _wordHasContent |= char.IsAsciiLetterOrDigit(c) || (c > '\u007F' && char.IsLetterOrDigit(c));
            }
        }

        public readonly int Finish() => _inWord && _wordHasContent ? _words + 1 : _words;
    }
}
