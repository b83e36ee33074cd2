using System.Globalization;
using System.Text.RegularExpressions;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>
/// Turns a plan document (<see cref="PlanDocument"/>, from <see cref="PlanTextReader"/> or the Word reader) into a
/// <see cref="Plan"/>: task tables recognised by their header text in any column order, rows numbered 27, 27.1 or
/// I. / 1., unnumbered rows given ids in order, agency cells resolved through the <see cref="AgencyRegistry"/>,
/// deadlines read by <see cref="Deadline.Parse"/>, and the document's number, date, type and title from its header
/// block. Every decision that is not one-to-one becomes a note of the task (and a finding of the report): never a
/// silent guess. Errors (no task table, duplicate ids, a row without a task) reject the whole document.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static partial class PlanImporter
{
    /// <summary>Imports a plan from the plain text of its document (see <see cref="PlanTextReader"/>).</summary>
    /// <param name="text">The document's text.</param>
    /// <param name="name">The file name.</param>
    /// <param name="agencies">The registry that resolves agency cells.</param>
    /// <param name="options">The plan id and year when the document does not give them.</param>
    /// <returns>The plan and its report, or every error found.</returns>
    public static InputResult<PlanImport> ImportText(string text, string name, AgencyRegistry agencies, PlanImportOptions? options = null) =>
        Import(PlanTextReader.Read(text, name), agencies, options);

    /// <summary>Imports a plan from a document read by <see cref="PlanTextReader"/> or the Word reader.</summary>
    /// <param name="document">The document.</param>
    /// <param name="agencies">The registry that resolves agency cells.</param>
    /// <param name="options">The plan id and year when the document does not give them.</param>
    /// <returns>The plan and its report, or every error found, each located by line (text) or table and row (Word).</returns>
    internal static InputResult<PlanImport> Import(PlanDocument document, AgencyRegistry agencies, PlanImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(agencies);
        return new PlanReading(document, agencies, options ?? new PlanImportOptions()).Read();
    }

    /// <summary>The Roman numeral of an appendix heading ("Phụ lục II"), or <see langword="null"/>.</summary>
    internal static string? AppendixNumber(string paragraph)
    {
        var match = Appendix().Match(VietnameseText.Fold(VietnameseText.ToNfc(paragraph.Trim())));
        return match.Success ? match.Groups[1].Value.ToUpperInvariant() : null;
    }

    /// <summary>The header block: number, date, type, title and issuer, as far as the paragraphs before the first table give them.</summary>
    /// <param name="paragraphs">The header's paragraphs.</param>
    /// <param name="yearInTitle">The year the title names ("Kế hoạch … năm 2025"), or <see langword="null"/>.</param>
    /// <param name="draftMonth">For a draft dated with blanks ("ngày    tháng 8 năm 2025"): the year and the month when printed.</param>
    internal static Directive ReadHeader(IEnumerable<DocumentParagraph> paragraphs, out int? yearInTitle, out (int Year, int? Month)? draftMonth)
    {
        DocumentNumber? number = null;
        LocalDate? date = null;
        draftMonth = null;
        DocumentType? type = null;
        string? subject = null;
        var issuer = new List<string>();
        yearInTitle = null;
        var list = paragraphs.ToList();
        for (var i = 0; i < list.Count; i++)
        {
            var text = list[i].Text;
            var folded = VietnameseText.Fold(text);
            // The number line ("Số: 3433/KH-UBND"), or an appendix's "Kèm theo Kế hoạch số: …", not a document the body cites.
            if (number is null && (text.StartsWith("Số", StringComparison.Ordinal) || folded.Contains("kem theo", StringComparison.Ordinal)) && NumberLine().Match(text) is { Success: true } n
                && DocumentNumber.Parse(n.Groups["digits"].Value + "/" + n.Groups["symbol"].Value).TryPickT0(out var parsed, out _))
            {
                number = parsed;
                date ??= DateIn(text);
            }

            if (date is null && PlaceAndDate().IsMatch(text))
            {
                date = DateIn(text);
            }

            // A draft leaves the day (and often the month) blank: "ngày     tháng 8 năm 2025".
            if (draftMonth is null && (PlaceAndDate().IsMatch(text) || NumberLine().IsMatch(text)) && BlankDate().Match(text) is { Success: true } blank)
            {
                draftMonth = (Int(blank.Groups["year"].Value), blank.Groups["month"].Success ? Int(blank.Groups["month"].Value) : null);
            }

            if (type is null && TypeOf(text) is { } t)
            {
                type = t;
                subject = i + 1 < list.Count ? PlanColumns.Unemphasized(list[i + 1].Text) : null;
                yearInTitle = subject is null ? null : YearIn(subject);
            }

            // The issuer is printed in capitals above the national motto's line or the number.
            if (type is null && number is null && text.Length < 80 && text == text.ToUpperInvariant() && !folded.StartsWith("cong hoa", StringComparison.Ordinal)
                && !folded.StartsWith("doc lap", StringComparison.Ordinal))
            {
                issuer.Add(text);
            }
        }

        return new Directive
        {
            Number = number ?? default,
            Type = type,
            IssuedOn = date,
            Subject = subject,
            Issuer = issuer.Count == 0 ? null : string.Join(' ', issuer),
        };
    }

    private static DocumentType? TypeOf(string paragraph)
    {
        var folded = VietnameseText.Fold(paragraph.Trim());
        return DocumentTypeTable.VietnameseNames.FirstOrDefault(p => p.Value is not null && VietnameseText.Fold(p.Key) == folded).Value;
    }

    private static LocalDate? DateIn(string text)
    {
        var m = LongDate().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var (day, month, year) = (Int(m.Groups[1].Value), Int(m.Groups[2].Value), Int(m.Groups[3].Value));
        return month is >= 1 and <= 12 && day >= 1 && day <= CalendarSystem.Iso.GetDaysInMonth(year, month) ? new LocalDate(year, month, day) : null;
    }

    private static int? YearIn(string text) => TitleYear().Match(text) is { Success: true } m ? Int(m.Groups[1].Value) : null;

    private static int Int(string digits) => int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^phu luc\s+([ivxl]{1,6})\.?$", RegexOptions.CultureInvariant)]
    private static partial Regex Appendix();

    [GeneratedRegex(@"\b[Ss]ố\s*:?\s*(?<digits>[0-9]*)\s*/\s*(?<symbol>[\p{L}0-9]+(?:[-–][\p{L}0-9]+)*)", RegexOptions.CultureInvariant)]
    private static partial Regex NumberLine();

    [GeneratedRegex(@"ngày\s+([0-9]{1,2})\s+tháng\s+([0-9]{1,2})\s+năm\s+([0-9]{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex LongDate();

    [GeneratedRegex(@"ngày\s+tháng\s+(?:(?<month>[0-9]{1,2})\s+)?năm\s+(?<year>[0-9]{4})", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BlankDate();

    [GeneratedRegex(@"^[\p{L} .]{2,40},\s*ngày\s", RegexOptions.CultureInvariant)]
    private static partial Regex PlaceAndDate();

    [GeneratedRegex(@"\bnăm\s+([0-9]{4})\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex TitleYear();
}
