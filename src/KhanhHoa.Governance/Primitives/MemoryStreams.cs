using System.Runtime.InteropServices;

namespace KhanhHoa.Governance.Primitives;

/// <summary>Read-only streams over bytes a caller already holds.</summary>
internal static class MemoryStreams
{
    /// <summary>
    /// A read-only stream over <paramref name="bytes"/>: over the array itself when the memory is an array's (a received
    /// file's bytes are; a web host's upload of several megabytes is then not copied again), else over a copy.
    /// </summary>
    public static MemoryStream ReadOnly(ReadOnlyMemory<byte> bytes) =>
        MemoryMarshal.TryGetArray(bytes, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(bytes.ToArray(), writable: false);
}
