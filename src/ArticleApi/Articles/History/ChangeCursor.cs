using System.Diagnostics.CodeAnalysis;

namespace ArticleApi.Articles.History;

/// <summary>
/// A place in the change feed: the transaction that made a change and the change's number within the
/// feed. Written "{txid}-{seq}"; not signed, as it reveals nothing and any value is a valid place.
/// </summary>
public readonly record struct ChangeCursor(ulong Txid, long Seq)
{
    public static readonly ChangeCursor Start = new(0, 0);

    public override string ToString() => $"{Txid}-{Seq}";

    public static bool TryParse(string? text, [NotNullWhen(true)] out ChangeCursor? cursor)
    {
        cursor = null;
        var parts = text?.Split('-');
        if (parts is not [var txid, var seq]
            || !ulong.TryParse(txid, System.Globalization.NumberStyles.None, null, out var t)
            || !long.TryParse(seq, System.Globalization.NumberStyles.None, null, out var s)) return false;
        cursor = new ChangeCursor(t, s);
        return true;
    }
}
