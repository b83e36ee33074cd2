using System.Text;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The 64-bit fingerprint under which the store remembers dossier ids (FNV-1a over the id's UTF-8 bytes, then
/// a final avalanche). Keeping 8 bytes instead of the id keeps the store within 24 bytes per dossier; two
/// different ids share a fingerprint with probability about n²/2⁶⁵ (below 10⁻⁵ for ten million dossiers).
/// </summary>
internal static class DossierIdHash
{
    public static ulong Of(ReadOnlySpan<byte> utf8)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in utf8)
        {
            hash = unchecked((hash ^ b) * 1099511628211UL);
        }

        return Mix(hash);
    }

    public static ulong Of(string id)
    {
        Span<byte> buffer = stackalloc byte[256];
        var byteCount = Encoding.UTF8.GetByteCount(id);
        var bytes = byteCount <= buffer.Length ? buffer[..byteCount] : new byte[byteCount];
        Encoding.UTF8.GetBytes(id, bytes);
        return Of(bytes);
    }

    private static ulong Mix(ulong x)
    {
        unchecked
        {
            x ^= x >> 33;
            x *= 0xff51afd7ed558ccdUL;
            x ^= x >> 33;
            x *= 0xc4ceb9fe1a85ec53UL;
            x ^= x >> 33;
            return x;
        }
    }
}
