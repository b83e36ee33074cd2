using System.IO.Compression;
using System.Security.Cryptography;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Sample.Pipeline;

namespace KhanhHoa.Governance.Sample.Tests;

// The fingerprint a reader's pass leaves is the SHA-256 of the whole input, however the reader went through it: reads of
// any size, seeks back (a format sniffed from the head) and forward, stopping early, a stream that cannot seek.
public sealed class FingerprintingStreamTest
{
    [Property(MaxTest = 300)]
    public Property The_fingerprint_is_the_sha256_of_the_whole_input_however_it_was_read() =>
        Prop.ForAll(
            Gen.Choose(0, 5000).SelectMany(length => Gen.ArrayOf(Gen.Choose(0, 255).Select(b => (byte)b), length)).ToArbitrary(),
            Gen.ListOf(Gen.Choose(-2, 700).Zip(Gen.Choose(0, 5000))).Select(steps => steps.ToList()).ToArbitrary(),
            Gen.Elements(true, false).ToArbitrary(),
            (bytes, steps, seekable) =>
            {
                Stream inner = seekable ? new MemoryStream(bytes) : Unseekable(bytes);
                using var stream = new FingerprintingStream(inner);
                var buffer = new byte[700];
                foreach (var (size, target) in steps)
                {
                    // -2 and -1 are seeks (when the input allows them); other steps are reads of that many bytes.
                    if (size < 0 && seekable)
                    {
                        stream.Position = Math.Min(target, bytes.Length);
                    }
                    else if (size >= 0)
                    {
                        stream.ReadExactly(buffer.AsSpan(0, (int)Math.Min(size, bytes.Length - stream.Position)));
                    }
                }

                Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), stream.Sha256());
            });

    // A stream that cannot seek and has no length, as standard input: the bytes decompressed as they are read.
    private static Stream Unseekable(byte[] bytes)
    {
        var compressed = new MemoryStream();
        using (var deflate = new DeflateStream(compressed, CompressionLevel.Fastest, leaveOpen: true))
        {
            deflate.Write(bytes);
        }

        compressed.Position = 0;
        return new DeflateStream(compressed, CompressionMode.Decompress);
    }
}
