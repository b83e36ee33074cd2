using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// The hand-written scanner behind <see cref="Deadline.Parse"/>: tokenises accent-folded text once, splits it
/// into clauses (at ';', parentheses, sentence ends and bullet lines) and recognises time expressions in each
/// clause without regular expressions or per-token allocation.
/// </summary>
internal sealed class DeadlineParser
{
    private const int MinYear = 1000;
    private const int MaxYear = 9998;


    private readonly string nfc;
    private readonly string folded;
    private readonly int contextYear;
    private readonly List<Token> tokens = [];
    private readonly List<string> unrecognized = [];
    private readonly List<Expression> expressions = [];
    private int lo;
    private int hi;

    private DeadlineParser(string nfc, int contextYear)
    {
        this.nfc = nfc;
        folded = VietnameseText.Fold(nfc);
        this.contextYear = contextYear;
    }

    private enum TokenKind : byte
    {
        Word,
        Number,
        Punct,
        Break,
    }

    public static Deadline Parse(string text, int contextYear)
    {
        var parser = new DeadlineParser(VietnameseText.ToNfc(text), contextYear);
        return parser.Run(text);
    }

    private Deadline Run(string text)
    {
        Tokenize();
        var found = new List<Found>();
        string? authority = null;
        var clauseStart = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && !IsClauseSeparator(i))
            {
                continue;
            }

            if (i > clauseStart)
            {
                ScanClause(clauseStart, i, found, ref authority);
            }

            clauseStart = i + 1;
        }

        if (found.Count == 0)
        {
            return new Deadline(text, DeadlineKind.Unspecified, null, null, DeadlineRecurrence.None, authority, [], Unrecognized());
        }

        if (found.Count == 1)
        {
            var only = found[0].Expression;
            return new Deadline(text, only.Kind, only.Due, only.Start, only.Recurrence, authority, [], Unrecognized());
        }

        var milestones = new DeadlineMilestone[found.Count];
        LocalDate? due = null;
        LocalDate? start = null;
        for (var k = 0; k < found.Count; k++)
        {
            var f = found[k];
            var e = f.Expression;
            var step = new Deadline(Clean(nfc[f.RegionStart..f.RegionEnd]), e.Kind, e.Due, e.Start, e.Recurrence, e.Authority, [], []);
            milestones[k] = new DeadlineMilestone(Label(f), step);
            if (e.Due is { } d && (due is null || d > due))
            {
                due = d;
            }

            if (e.Start is { } s && (start is null || s < start))
            {
                start = s;
            }
        }

        return new Deadline(text, DeadlineKind.Milestones, due, start, DeadlineRecurrence.None, authority, milestones, Unrecognized());
    }

    private void ScanClause(int from, int to, List<Found> found, ref string? authority)
    {
        lo = from;
        hi = to;
        var expressions = this.expressions;
        expressions.Clear();
        var i = lo;
        while (i < hi)
        {
            if (TryExpression(i, out var expression))
            {
                expressions.Add(expression);
                i = expression.EndToken;
            }
            else
            {
                // A consumed but rejected span (a citation date, a day that does not exist) is skipped whole.
                i = Math.Max(i + 1, expression.EndToken);
            }
        }

        if (expressions.Exists(static e => !e.Weak))
        {
            expressions.RemoveAll(static e => e.Weak);
        }

        for (var k = 0; k < expressions.Count; k++)
        {
            var authorityToken = expressions[k].AuthorityToken;
            if (authorityToken >= 0)
            {
                var startChar = tokens[authorityToken].Start;
                var endChar = k + 1 < expressions.Count ? tokens[expressions[k + 1].StartToken].Start : tokens[hi - 1].End;
                var text = Clean(nfc[startChar..Math.Max(endChar, startChar)]);
                expressions[k] = expressions[k] with { Authority = text.Length == 0 ? null : text };
            }
        }

        MergeFromWithBound(expressions);
        if (expressions.Exists(static e => e.Kind != DeadlineKind.External))
        {
            foreach (var e in expressions)
            {
                authority ??= e.Authority;
            }

            expressions.RemoveAll(static e => e.Kind == DeadlineKind.External);
        }

        var clauseStartChar = FirstContentChar(lo, hi);
        var clauseEndChar = tokens[hi - 1].End;
        if (expressions.Count == 0)
        {
            if (clauseStartChar < clauseEndChar && HasContent(lo, hi))
            {
                unrecognized.Add(Clean(nfc[clauseStartChar..clauseEndChar]));
            }

            return;
        }

        for (var k = 0; k < expressions.Count; k++)
        {
            var e = expressions[k];
            authority ??= e.Authority;
            var startChar = tokens[e.StartToken].Start;
            var endChar = tokens[e.EndToken - 1].End;
            var regionStart = k == 0 ? clauseStartChar : tokens[expressions[k - 1].EndToken - 1].End;
            var regionEnd = k == expressions.Count - 1 ? clauseEndChar : endChar;
            found.Add(new Found(e, regionStart, startChar, endChar, regionEnd));
        }
    }

    private static void MergeFromWithBound(List<Expression> expressions)
    {
        for (var k = 0; k + 1 < expressions.Count; k++)
        {
            var from = expressions[k];
            var bound = expressions[k + 1];
            if (from.IsFrom && !bound.IsFrom && bound.Due is not null && from.Start is { } start && start <= bound.Due)
            {
                expressions[k] = bound with { StartToken = from.StartToken, Start = start };
                expressions.RemoveAt(k + 1);
            }
        }
    }

    private bool TryExpression(int i, out Expression expression)
    {
        expression = default;
        var t = tokens[i];
        if (t.Kind == TokenKind.Number)
        {
            return TryNumberExpression(i, out expression);
        }

        if (t.Kind != TokenKind.Word)
        {
            return false;
        }

        switch (TextSpan(i))
        {
            case "truoc":
                return TryBefore(i, out expression);
            case "den" or "toi":
                return TryUntil(i, out expression);
            case "trong" or "het" or "cuoi" or "vao":
                if (Is(i, "trong") && Is(i + 1, "ngay") && TryDateAfterNgay(i + 1, out var day, out var dayEnd))
                {
                    expression = Fixed(i, dayEnd, day);
                    return day is not null;
                }

                if (TryPeriod(i + 1, out expression))
                {
                    expression = expression with { StartToken = i, Weak = false };
                    return true;
                }

                return false;
            case "tu":
                return TryFrom(i, out expression);
            case "thang" or "quy" or "nam":
                return TryPeriod(i, out expression);
            case "hang" or "moi" or "dinh":
                return TryRecurrence(i, out expression);
            case "thuong" when Is(i + 1, "xuyen"):
            case "lien" when Is(i + 1, "tuc"):
                expression = new Expression(DeadlineKind.Continuous, i, i + 2);
                return true;
            case "nhung" when Is(i + 1, "nam") && Is(i + 2, "tiep") && Is(i + 3, "theo"):
                expression = new Expression(DeadlineKind.Continuous, i, i + 4);
                return true;
            case "theo":
                return TryExternal(i, out expression);
            default:
                return false;
        }
    }

    private bool TryNumberExpression(int i, out Expression expression)
    {
        expression = default;

        // "6 tháng đầu năm 2025", "6 tháng cuối năm".
        if (Number(i) is >= 1 and <= 12 && Is(i + 1, "thang") && (Is(i + 2, "dau") || Is(i + 2, "cuoi")) && Is(i + 3, "nam"))
        {
            var count = Number(i);
            var end = i + 3;
            if (!TryYearAt(end, out var year, ref end))
            {
                return false;
            }

            end = Math.Max(end, i + 4);

            var first = Is(i + 2, "dau") ? 1 : 13 - count;
            var last = Is(i + 2, "dau") ? count : 12;
            expression = new Expression(DeadlineKind.MonthRange, i, end)
            {
                Start = new LocalDate(year, first, 1),
                Due = EndOfMonth(year, last),
            };
            return true;
        }

        if (IsYearToken(i) && IsFirstContent(i))
        {
            return TryYearRange(i, i, out expression);
        }

        // A day range "01/9 – 31/10/2025" (the letter's "Tháng cao điểm số"): the first day takes the last one's year.
        if (TryDate(i, false, out var rangeStart, out var rangeStartEnd) && (IsPunct(rangeStartEnd, '-') || IsPunct(rangeStartEnd, '–'))
            && TryDate(rangeStartEnd + 1, true, out var rangeEnd, out var rangeEndToken) && rangeStart is { } from && rangeEnd is { } to)
        {
            var start = rangeStartEnd == i + 3 ? new LocalDate(to.Year, from.Month, from.Day) : from;
            expression = Fixed(i, rangeEndToken, to) with { Start = start };
            return start <= to;
        }

        if (TryDate(i, true, out var date, out var dateEnd))
        {
            if (IsCitationDate(i))
            {
                // The date a cited document was signed ("Quyết định số 370/QĐ-UBND ngày 22/7/2025") is no deadline.
                expression = new Expression(DeadlineKind.Unspecified, i, dateEnd);
                return false;
            }

            expression = Fixed(i, dateEnd, date);
            return date is not null;
        }

        return false;
    }

    private bool TryBefore(int i, out Expression expression)
    {
        expression = default;
        var j = i + 1;
        if (Is(j, "ngay"))
        {
            j++;
        }

        // "trước ngày 14 của tháng", "trước ngày 20 hàng tháng", "trước ngày 28 hàng quý": a report window that repeats.
        if (Number(j) is >= 1 and <= 31 && (Is(j + 1, "cua") || Is(j + 1, "hang")))
        {
            var recurrence = TextSpan(j + 2) switch
            {
                "thang" => DeadlineRecurrence.Monthly,
                "quy" => DeadlineRecurrence.Quarterly,
                "nam" => DeadlineRecurrence.Yearly,
                _ => DeadlineRecurrence.None,
            };
            if (recurrence != DeadlineRecurrence.None)
            {
                expression = new Expression(DeadlineKind.Recurring, i, j + 3) { Recurrence = recurrence };
                return true;
            }
        }

        if (TryDateAfterNgay(i + 1, out var date, out var end))
        {
            expression = Fixed(i, end, date?.PlusDays(-1));
            return date is not null;
        }

        if (TryPeriod(i + 1, out var period) && period.Start is { } start)
        {
            expression = Fixed(i, period.EndToken, start.PlusDays(-1));
            return true;
        }

        return false;
    }

    private bool TryUntil(int i, out Expression expression)
    {
        expression = default;
        var j = i + 1;
        if (Is(j, "het"))
        {
            j++;
        }

        if (TryDateAfterNgay(j, out var date, out var end))
        {
            expression = Fixed(i, end, date);
            return date is not null;
        }

        if (TryPeriod(j, out expression))
        {
            expression = expression with { StartToken = i, Weak = false };
            return true;
        }

        return false;
    }

    private bool TryFrom(int i, out Expression expression)
    {
        expression = default;
        var j = i + 1;
        LocalDate? start;
        int end;
        if (TryDateAfterNgay(j, out var date, out end))
        {
            start = date;
        }
        else if (TryPeriod(j, out var period))
        {
            start = period.Start;
            end = period.EndToken;
        }
        else
        {
            return false;
        }

        expression = new Expression(DeadlineKind.Continuous, i, end) { Start = start, IsFrom = true };
        return start is not null;
    }

    private bool TryRecurrence(int i, out Expression expression)
    {
        expression = default;
        var j = i;
        if (Is(j, "dinh") && Is(j + 1, "ky"))
        {
            j += 2;
        }

        if (!(Is(j, "hang") || Is(j, "moi")))
        {
            return false;
        }

        var recurrence = TextSpan(j + 1) switch
        {
            "ngay" => DeadlineRecurrence.Daily,
            "tuan" => DeadlineRecurrence.Weekly,
            "thang" => DeadlineRecurrence.Monthly,
            "quy" => DeadlineRecurrence.Quarterly,
            "nam" => DeadlineRecurrence.Yearly,
            _ => DeadlineRecurrence.None,
        };
        if (recurrence == DeadlineRecurrence.None)
        {
            return false;
        }

        expression = new Expression(DeadlineKind.Recurring, i, j + 2) { Recurrence = recurrence };
        return true;
    }

    private bool TryExternal(int i, out Expression expression)
    {
        expression = default;
        var second = TextSpan(i + 2);
        var known = TextSpan(i + 1) switch
        {
            "chi" => second.SequenceEqual("dao"),
            "huong" => second.SequenceEqual("dan"),
            "lo" => second.SequenceEqual("trinh"),
            "tien" => second.SequenceEqual("do"),
            "ke" => second.SequenceEqual("hoach"),
            "yeu" => second.SequenceEqual("cau"),
            _ => false,
        };
        if (!known)
        {
            return false;
        }

        // The authority is what follows "của" or "tại", up to the next time expression or the clause end.
        var authorityToken = -1;
        for (var j = i + 3; j + 1 < hi; j++)
        {
            if (Is(j, "cua") || Is(j, "tai"))
            {
                authorityToken = j + 1;
                break;
            }
        }

        expression = new Expression(DeadlineKind.External, i, i + 3) { AuthorityToken = authorityToken };
        return true;
    }

    // Month, quarter or year at token i: "tháng 6/2025", "tháng 8-9/2025", "quý II/2025", "quý IV", "năm 2025".
    private bool TryPeriod(int i, out Expression expression)
    {
        expression = default;
        if (Is(i, "thang"))
        {
            var month = Number(i + 1);
            if (month is < 1 or > 12)
            {
                return false;
            }

            var lastMonth = month;
            var end = i + 2;
            if (IsPunct(end, '-') && Number(end + 1) is var m2 && m2 > month && m2 <= 12)
            {
                lastMonth = m2;
                end += 2;
            }

            if (!TryYearAt(end, out var year, ref end))
            {
                return false;
            }

            expression = new Expression(lastMonth == month ? DeadlineKind.EndOfMonth : DeadlineKind.MonthRange, i, end)
            {
                Start = new LocalDate(year, month, 1),
                Due = EndOfMonth(year, lastMonth),
            };
            return true;
        }

        if (Is(i, "quy"))
        {
            var quarter = TextSpan(i + 1) switch
            {
                "i" => 1,
                "ii" => 2,
                "iii" => 3,
                "iv" => 4,
                _ => Number(i + 1) is >= 1 and <= 4 ? Number(i + 1) : 0,
            };
            if (quarter == 0)
            {
                return false;
            }

            var end = i + 2;
            if (!TryYearAt(end, out var year, ref end))
            {
                return false;
            }

            expression = new Expression(DeadlineKind.EndOfQuarter, i, end)
            {
                Start = new LocalDate(year, (3 * quarter) - 2, 1),
                Due = EndOfMonth(year, 3 * quarter),
            };
            return true;
        }

        if (Is(i, "nam") && IsYearToken(i + 1))
        {
            return TryYearRange(i, i + 1, out expression);
        }

        return false;
    }

    // "năm 2025", "2025", "2025-2026", "2025 và những năm tiếp theo"; yearToken is the first year's number.
    private bool TryYearRange(int startToken, int yearToken, out Expression expression)
    {
        var year = Number(yearToken);
        var lastYear = year;
        var end = yearToken + 1;
        if (IsPunct(end, '-') && IsYearToken(end + 1) && Number(end + 1) >= year)
        {
            lastYear = Number(end + 1);
            end += 2;
        }

        var weak = startToken > lo && tokens[startToken - 1].Kind == TokenKind.Word && !IsYearLeadWord(TextSpan(startToken - 1));
        if (Is(end, "va") && Is(end + 1, "nhung") && Is(end + 2, "nam") && Is(end + 3, "tiep") && Is(end + 4, "theo"))
        {
            expression = new Expression(DeadlineKind.Continuous, startToken, end + 5) { Start = new LocalDate(year, 1, 1), Weak = weak };
            return true;
        }

        expression = new Expression(DeadlineKind.EndOfYear, startToken, end)
        {
            Start = new LocalDate(year, 1, 1),
            Due = new LocalDate(lastYear, 12, 31),
            Weak = weak,
        };
        return true;
    }

    // The year after a month or quarter: "/2025", " năm 2025", or the context year when none is written.
    private bool TryYearAt(int i, out int year, ref int end)
    {
        if ((IsPunct(i, '/') || IsPunct(i, '-')) && IsYearToken(i + 1))
        {
            year = Number(i + 1);
            end = i + 2;
            return true;
        }

        if (Is(i, "nam") && IsYearToken(i + 1))
        {
            year = Number(i + 1);
            end = i + 2;
            return true;
        }

        year = contextYear;
        if (contextYear is < MinYear or > MaxYear)
        {
            unrecognized.Add($"no year written and the context year {contextYear} is out of range");
            return false;
        }

        return true;
    }

    // dd/mm/yyyy, dd-mm-yyyy, dd.mm.yyyy, dd/mm (context year, unless requireYear), "ngày dd tháng mm năm yyyy".
    // Returns true when a date was consumed; date is null when it was written but does not exist (31/2/2025).
    private bool TryDate(int i, bool requireYear, out LocalDate? date, out int end)
    {
        date = null;
        end = i;
        int day, month, year;
        if (Is(i, "ngay") && Number(i + 1) is >= 1 and <= 31 && Is(i + 2, "thang") && Number(i + 3) is >= 1 and <= 12)
        {
            day = Number(i + 1);
            month = Number(i + 3);
            end = i + 4;
            if (Is(end, "nam") && IsYearToken(end + 1))
            {
                year = Number(end + 1);
                end += 2;
            }
            else if (requireYear)
            {
                return false;
            }
            else
            {
                year = contextYear;
            }
        }
        else if (Number(i) is >= 1 and <= 31 && IsDateSeparator(i + 1) && Number(i + 2) is >= 1 and <= 12)
        {
            day = Number(i);
            month = Number(i + 2);
            end = i + 3;
            if (IsDateSeparator(end) && IsYearToken(end + 1))
            {
                year = Number(end + 1);
                end += 2;
            }
            else if (requireYear || !IsPunct(i + 1, '/'))
            {
                return false;
            }
            else
            {
                year = contextYear;
            }
        }
        else
        {
            return false;
        }

        var written = nfc[tokens[i].Start..tokens[end - 1].End];
        if (year is < MinYear or > MaxYear)
        {
            unrecognized.Add($"{written}: no year written and the context year {year} is out of range");
            return true;
        }

        if (day > CalendarSystem.Iso.GetDaysInMonth(year, month))
        {
            unrecognized.Add($"{written}: no such day");
            return true;
        }

        date = new LocalDate(year, month, day);
        return true;
    }

    // A date at i, written "15/9/2025", "ngày 15/9/2025" or "ngày 15 tháng 9 năm 2025".
    private bool TryDateAfterNgay(int i, out LocalDate? date, out int end) =>
        TryDate(i, false, out date, out end) || (Is(i, "ngay") && TryDate(i + 1, false, out date, out end));

    // A date right after "ngày" that follows a document number (NUM/LETTERS…) within a few tokens.
    private bool IsCitationDate(int i)
    {
        if (!Is(i - 1, "ngay"))
        {
            return false;
        }

        for (var j = i - 2; j >= Math.Max(lo, i - 8) && j >= 2; j--)
        {
            if (tokens[j].Kind == TokenKind.Word && IsPunct(j - 1, '/') && tokens[j - 2].Kind == TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private static Expression Fixed(int startToken, int endToken, LocalDate? due) =>
        new(DeadlineKind.FixedDate, startToken, endToken) { Due = due };

    private static LocalDate EndOfMonth(int year, int month) =>
        new(year, month, CalendarSystem.Iso.GetDaysInMonth(year, month));

    private bool IsClauseSeparator(int i)
    {
        var t = tokens[i];
        if (t.Kind == TokenKind.Break)
        {
            return true;
        }

        if (t.Kind != TokenKind.Punct)
        {
            return false;
        }

        return (char)t.Value switch
        {
            ';' or '(' or ')' or '[' or ']' or '!' or '?' => true,

            // A full stop ends a sentence unless it sits between digits ("27.1", "1.365.565").
            '.' => !(i > 0 && i + 1 < tokens.Count && tokens[i - 1].Kind == TokenKind.Number && tokens[i + 1].Kind == TokenKind.Number
                     && tokens[i - 1].End == t.Start && tokens[i + 1].Start == t.End),
            _ => false,
        };
    }

    private void Tokenize()
    {
        var s = folded;
        var i = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c is >= '0' and <= '9')
            {
                var start = i;
                var value = 0;
                while (i < s.Length && s[i] is >= '0' and <= '9')
                {
                    // Runs longer than 9 digits are no day, month or year: mark them with -1.
                    value = value is >= 0 and < 100_000_000 ? (value * 10) + (s[i] - '0') : -1;
                    i++;
                }

                tokens.Add(new Token(TokenKind.Number, start, i, value));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < s.Length && (char.IsLetter(s[i]) || char.GetUnicodeCategory(s[i]) == System.Globalization.UnicodeCategory.NonSpacingMark))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Word, start, i, 0));
            }
            else if (c is '\n' or '\r')
            {
                i++;
                var next = i;
                while (next < s.Length && char.IsWhiteSpace(s[next]))
                {
                    next++;
                }

                if (next < s.Length && s[next] is '-' or '+' or '*' or '\u2022' or '\u2013')
                {
                    tokens.Add(new Token(TokenKind.Break, i - 1, i, 0));
                }
            }
            else if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                i++;
            }
            else
            {
                tokens.Add(new Token(TokenKind.Punct, i, i + 1, c));
                i++;
            }
        }
    }

    private ReadOnlySpan<char> TextSpan(int i) =>
        i >= lo && i < hi && tokens[i].Kind == TokenKind.Word ? folded.AsSpan(tokens[i].Start, tokens[i].End - tokens[i].Start) : default;

    // Words before "năm YYYY" that make it a deadline; after any other word it names a thing ("dự toán năm 2025").
    private static bool IsYearLeadWord(ReadOnlySpan<char> word) =>
        word is "trong" or "het" or "den" or "toi" or "tu" or "thanh" or "ca" or "vao" or "cuoi" or "dau" or "xong";

    private bool Is(int i, string word) => TextSpan(i).SequenceEqual(word);

    private bool IsPunct(int i, char c) => i >= lo && i < hi && tokens[i].Kind == TokenKind.Punct && tokens[i].Value == c;

    private bool IsDateSeparator(int i) => IsPunct(i, '/') || IsPunct(i, '-') || IsPunct(i, '.');

    private int Number(int i) => i >= lo && i < hi && tokens[i].Kind == TokenKind.Number ? tokens[i].Value : -1;

    private bool IsYearToken(int i) =>
        Number(i) is >= MinYear and <= MaxYear && tokens[i].End - tokens[i].Start == 4;

    private bool IsFirstContent(int i)
    {
        for (var j = lo; j < i; j++)
        {
            if (tokens[j].Kind is TokenKind.Word or TokenKind.Number)
            {
                return false;
            }
        }

        return true;
    }

    private bool HasContent(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (tokens[j].Kind is TokenKind.Word or TokenKind.Number)
            {
                return true;
            }
        }

        return false;
    }

    private int FirstContentChar(int from, int to)
    {
        for (var j = from; j < to; j++)
        {
            if (tokens[j].Kind is TokenKind.Word or TokenKind.Number)
            {
                return tokens[j].Start;
            }
        }

        return tokens[to - 1].End;
    }

    private string[] Unrecognized() => unrecognized.Count == 0 ? [] : unrecognized.ToArray();

    // The words of a step around its time expression ("Thí điểm", "triển khai chính thức").
    private string Label(Found found)
    {
        var before = Clean(nfc[found.RegionStart..found.Start]);
        var after = Clean(nfc[found.End..found.RegionEnd]);
        return before.Length == 0 ? after : after.Length == 0 ? before : before + " " + after;
    }

    // Trims bullets, punctuation and quotes and turns every run of white space (wrapped cells) into one space.
    private static string Clean(string text)
    {
        var trimmed = text.AsSpan().Trim(" \t\r\n\u00A0-+*\u2022\u2013:,.;()\"\u201C\u201D'");
        var builder = new System.Text.StringBuilder(trimmed.Length);
        var space = false;
        foreach (var c in trimmed)
        {
            if (char.IsWhiteSpace(c))
            {
                space = true;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private readonly record struct Token(TokenKind Kind, int Start, int End, int Value);

    // An expression and its step's text: [RegionStart, RegionEnd) in the NFC text, the expression at [Start, End).
    private readonly record struct Found(Expression Expression, int RegionStart, int Start, int End, int RegionEnd);

    private readonly record struct Expression(DeadlineKind Kind, int StartToken, int EndToken)
    {
        public LocalDate? Due { get; init; }

        public LocalDate? Start { get; init; }

        public DeadlineRecurrence Recurrence { get; init; }

        public string? Authority { get; init; }

        public int AuthorityToken { get; init; } = -1;

        // "năm 2025" after a noun ("dự toán năm 2025"): a deadline only when nothing else in the clause names a time.
        public bool Weak { get; init; }

        // "từ …": the start of a span, merged with a following bound.
        public bool IsFrom { get; init; }
    }
}
