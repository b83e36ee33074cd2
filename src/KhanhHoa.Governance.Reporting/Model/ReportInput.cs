using System.Security.Cryptography;

namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// One input a report was made from, named and fingerprinted so that a reader can tell which files (or which
/// generated data) a signed report stands on: the JSON report lists them under <c>generation.inputs</c>.
/// </summary>
/// <param name="Name">What the input is, e.g. the file name <c>ho-so-2025-09.csv</c> or "SYNTHETIC dossiers, seed 87, 20000".</param>
/// <param name="Sha256">The SHA-256 of the input's bytes, 64 lower-case hex digits; for generated data, of its description.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportInput(string Name, string Sha256)
{
    /// <summary>An input named and fingerprinted by its bytes.</summary>
    /// <param name="name">What the input is.</param>
    /// <param name="bytes">Its content.</param>
    /// <returns>The input with the SHA-256 of <paramref name="bytes"/>.</returns>
    public static ReportInput Of(string name, ReadOnlySpan<byte> bytes) => new(name, Convert.ToHexStringLower(SHA256.HashData(bytes)));

    /// <summary>An input named and fingerprinted by reading a stream to its end.</summary>
    /// <param name="name">What the input is.</param>
    /// <param name="content">The content, read from its current position.</param>
    /// <returns>The input with the SHA-256 of the stream's remaining bytes.</returns>
    public static ReportInput Of(string name, Stream content)
    {
        ArgumentNullException.ThrowIfNull(content);
        return new(name, Convert.ToHexStringLower(SHA256.HashData(content)));
    }
}
