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
                Stream inner = seekable ? new MemoryStream(bytes) : new ForwardOnly(bytes);
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

    private sealed class ForwardOnly(byte[] bytes) : Stream
    {
        private int position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position
        {
            get => position;
            set => throw new NotSupportedException();
        }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = Math.Min(count, bytes.Length - position);
            bytes.AsSpan(position, read).CopyTo(buffer.AsSpan(offset));
            position += read;
            return read;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
