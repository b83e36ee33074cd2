namespace KhanhHoa.Governance.Reporting.Tests.Import;

// A file as transfer, storage or a careless program can spoil it: some bytes overwritten at random, and a copy of that
// cut short somewhere in its second half.
internal static class DamagedFile
{
    public static byte[][] Versions(byte[] file, int seed, int flips)
    {
        var bytes = file.ToArray();
        var random = new Random(seed);
        for (var i = 0; i < flips; i++)
        {
            bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
        }

        return [bytes, bytes.AsSpan(0, random.Next(bytes.Length / 2, bytes.Length + 1)).ToArray()];
    }
}
