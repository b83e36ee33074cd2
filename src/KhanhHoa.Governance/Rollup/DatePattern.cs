namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// A date format an export writes, as a column map gives it ("dd/MM/yyyy HH:mm"): <c>d</c>/<c>dd</c>, <c>M</c>/<c>MM</c>,
/// <c>yyyy</c>, <c>H</c>/<c>HH</c>, <c>mm</c>, <c>ss</c> and literal characters. Reads UTF-8 bytes without allocating.
/// </summary>
internal sealed class DatePattern
{
    private readonly (char Kind, int MinDigits, int MaxDigits, byte Literal)[] parts;

    private DatePattern((char, int, int, byte)[] parts) => this.parts = parts;

    /// <summary>The pattern, or <see langword="null"/> when it is not one (no day, month or year, an unknown letter, a non-ASCII literal).</summary>
    public static DatePattern? Compile(string format)
    {
        var parts = new List<(char, int, int, byte)>();
        for (var i = 0; i < format.Length;)
        {
            var c = format[i];
            var run = 1;
            while (i + run < format.Length && format[i + run] == c)
            {
                run++;
            }

            i += run;
            (int Min, int Max)? digits = (c, run) switch
            {
                ('d' or 'M' or 'H', 1) => (1, 2),
                ('d' or 'M' or 'H' or 'm' or 's', 2) => (2, 2),
                ('y', 4) => (4, 4),
                _ => null,
            };
            if (digits is { } d)
            {
                parts.Add((c, d.Min, d.Max, 0));
            }
            else if (char.IsAsciiLetter(c) || c > 0x7F)
            {
                return null;
            }
            else
            {
                parts.AddRange(Enumerable.Repeat((c, 0, 0, (byte)c), run));
            }
        }

        var kinds = parts.Select(static p => p.Item1).ToHashSet();
        var valid = kinds.Contains('d') && kinds.Contains('M') && kinds.Contains('y') && kinds.Contains('H') == kinds.Contains('m')
            && parts.Count(static p => p.Item3 > 0) == kinds.Count(static k => char.IsAsciiLetter(k));
        return valid ? new DatePattern([.. parts]) : null;
    }

    /// <summary>Reads a date (and time, when the pattern has one) written in this pattern.</summary>
    public bool TryRead(ReadOnlySpan<byte> text, out int year, out int month, out int day, out int hour, out int minute, out bool hasTime)
    {
        year = month = day = hour = minute = 0;
        hasTime = false;
        var at = 0;
        foreach (var (kind, min, max, literal) in parts)
        {
            if (max == 0)
            {
                if (at >= text.Length || text[at] != literal)
                {
                    return false;
                }

                at++;
                continue;
            }

            var value = 0;
            var count = 0;
            while (count < max && at < text.Length && unchecked((uint)(text[at] - '0')) <= 9)
            {
                value = (value * 10) + (text[at++] - '0');
                count++;
            }

            if (count < min)
            {
                return false;
            }

            switch (kind)
            {
                case 'y': year = value; break;
                case 'M': month = value; break;
                case 'd': day = value; break;
                case 'H': hour = value; hasTime = true; break;
                case 'm': minute = value; break;
            }
        }

        return at == text.Length;
    }

    /// <summary>Writes <c>yyyy-MM-dd</c>, or <c>yyyy-MM-ddTHH:mm</c> with a time, into <paramref name="buffer"/> (16 bytes).</summary>
    public static ReadOnlySpan<byte> WriteIso(byte[] buffer, int year, int month, int day, (int Hour, int Minute)? time)
    {
        Two(buffer, 0, year / 100);
        Two(buffer, 2, year % 100);
        buffer[4] = (byte)'-';
        Two(buffer, 5, month);
        buffer[7] = (byte)'-';
        Two(buffer, 8, day);
        if (time is not { } t)
        {
            return buffer.AsSpan(0, 10);
        }

        buffer[10] = (byte)'T';
        Two(buffer, 11, t.Hour);
        buffer[13] = (byte)':';
        Two(buffer, 14, t.Minute);
        return buffer.AsSpan(0, 16);
    }

    // Values out of range (month 13, hour 25) are written as they are, for the contract's parser to refuse.
    private static void Two(byte[] buffer, int at, int value)
    {
        buffer[at] = (byte)('0' + (value / 10 % 10));
        buffer[at + 1] = (byte)('0' + (value % 10));
    }
}
