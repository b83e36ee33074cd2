namespace KhanhHoa.Governance.Primitives;

/// <summary>Fills the free end of a read buffer from a stream, as the CSV and JSON-lines readers need.</summary>
internal static class StreamFill
{
    /// <summary>Reads until the buffer is full or the stream ends.</summary>
    /// <returns>Whether the stream has ended.</returns>
    public static bool Fill(Stream stream, byte[] buffer, ref int end)
    {
        while (end < buffer.Length)
        {
            var read = stream.Read(buffer, end, buffer.Length - end);
            if (read == 0)
            {
                return true;
            }

            end += read;
        }

        return false;
    }
}
