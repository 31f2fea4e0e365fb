using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace ArticleApi.Articles;

/// <summary>
/// Where a page ended: the sort keys of its last item. For relevance, also the oldest match the first
/// page ranked, so later pages rank the same matches (and any newer ones) rather than a window that
/// has moved on.
/// </summary>
public sealed record ListCursor(ArticleSort Sort, DateTime PublishedAt, Guid Id, float? Rank, DateTime? WindowPublishedAt = null, Guid? WindowId = null);

/// <summary>
/// Turns a position into an opaque, signed string and back. The signature covers the position and the
/// query it belongs to, so a modified cursor, or one replayed against other filters, is refused.
/// </summary>
public sealed class CursorProtector(ArticleRepository articles, IConfiguration configuration)
{
    private const byte FormatVersion = 1;
    private const int PayloadLength = 1 + 1 + 8 + 16 + 4 + 8 + 8 + 16;
    private const int SignatureLength = 16;

    private byte[]? key;

    public async Task<string> ProtectAsync(ListCursor cursor, string query, CancellationToken cancellationToken)
    {
        var bytes = new byte[PayloadLength + SignatureLength];
        bytes[0] = FormatVersion;
        bytes[1] = (byte)cursor.Sort;
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(2), cursor.PublishedAt.Ticks);
        cursor.Id.TryWriteBytes(bytes.AsSpan(10, 16), bigEndian: true, out _);
        BinaryPrimitives.WriteSingleBigEndian(bytes.AsSpan(26), cursor.Rank ?? float.NaN);
        QueryHash(query).CopyTo(bytes.AsSpan(30));
        BinaryPrimitives.WriteInt64BigEndian(bytes.AsSpan(38), cursor.WindowPublishedAt?.Ticks ?? -1);
        (cursor.WindowId ?? Guid.Empty).TryWriteBytes(bytes.AsSpan(46, 16), bigEndian: true, out _);
        Sign(await KeyAsync(cancellationToken), bytes.AsSpan(0, PayloadLength)).CopyTo(bytes.AsSpan(PayloadLength));
        return WebEncoders.Base64UrlEncode(bytes);
    }

    /// <summary>The position, if <paramref name="text"/> is a cursor this service signed for <paramref name="query"/>.</summary>
    public async Task<ListCursor?> UnprotectAsync(string text, string query, CancellationToken cancellationToken)
    {
        byte[] bytes;
        try
        {
            bytes = WebEncoders.Base64UrlDecode(text);
        }
        catch (FormatException)
        {
            return null;
        }
        if (bytes.Length != PayloadLength + SignatureLength || bytes[0] != FormatVersion) return null;
        var expected = Sign(await KeyAsync(cancellationToken), bytes.AsSpan(0, PayloadLength));
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(PayloadLength))) return null;
        if (!QueryHash(query).AsSpan().SequenceEqual(bytes.AsSpan(30, 8))) return null;

        var rank = BinaryPrimitives.ReadSingleBigEndian(bytes.AsSpan(26));
        var window = BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(38));
        return new ListCursor(
            (ArticleSort)bytes[1],
            new DateTime(BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(2)), DateTimeKind.Utc),
            new Guid(bytes.AsSpan(10, 16), bigEndian: true),
            float.IsNaN(rank) ? null : rank,
            window < 0 ? null : new DateTime(window, DateTimeKind.Utc),
            window < 0 ? null : new Guid(bytes.AsSpan(46, 16), bigEndian: true));
    }

    private static byte[] QueryHash(string query) => SHA256.HashData(Encoding.UTF8.GetBytes(query))[..8];

    private static byte[] Sign(byte[] key, ReadOnlySpan<byte> payload) => HMACSHA256.HashData(key, payload)[..SignatureLength];

    // Configured (Paging:CursorSigningKey, base64) or made by the migrations and shared through the database.
    private async Task<byte[]> KeyAsync(CancellationToken cancellationToken)
    {
        if (key is not null) return key;
        if (configuration["Paging:CursorSigningKey"] is { Length: > 0 } configured) return key = Convert.FromBase64String(configured);
        return key = await articles.CursorSigningKeyAsync(cancellationToken);
    }
}
