using System.Text;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Writes submissions as the four CSV files <see cref="SubmissionCsvReader"/> reads (UTF-8 without a byte order mark,
/// LF line ends, RFC 4180 quoting): figures, progress, difficulties and texts per section. Written then read back, a submission is the same
/// (but for <see cref="Submission.Sender"/>, which the CSV formats do not carry).
/// </summary>
public static class SubmissionCsvWriter
{
    /// <summary>Writes the figures of <paramref name="submissions"/>.</summary>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="submissions">The submissions.</param>
    public static void WriteFigures(Stream output, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        Write(output, SubmissionCsvReader.FigureColumns, submissions.SelectMany(s => s.Figures.Select(f => new[]
        {
            s.UnitCode, s.DataSetCode, s.Period.Id, Sent(s), f.Element, f.Value, f.Comment,
        })));
    }

    /// <summary>Writes the task progress of <paramref name="submissions"/>.</summary>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="submissions">The submissions.</param>
    public static void WriteProgress(Stream output, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        Write(output, SubmissionCsvReader.ProgressColumns, submissions.SelectMany(s => s.Progress.Select(p => new[]
        {
            s.UnitCode, s.Period.Id, Sent(s), p.PlanId, p.TaskId, SubmissionFields.StatusName(p.Status),
            p.Percent?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p.CompletedOn is { } done ? SubmissionFields.FormatDate(done) : null,
            p.NewDueDate is { } due ? SubmissionFields.FormatDate(due) : null,
            p.Decision?.ToString(), p.Evidence, p.Comment,
        })));
    }

    /// <summary>Writes the difficulties and proposals of <paramref name="submissions"/>.</summary>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="submissions">The submissions.</param>
    public static void WriteDifficulties(Stream output, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        Write(output, SubmissionCsvReader.DifficultyColumns, submissions.SelectMany(s => s.Difficulties.Select(d => new[]
        {
            s.UnitCode, s.Period.Id, Sent(s), d.Topic, d.Text, d.AddressedTo, d.CarriedOver ? "true" : null,
        })));
    }

    /// <summary>Writes the units' own texts per section of <paramref name="submissions"/>.</summary>
    /// <param name="output">Where to write; not closed.</param>
    /// <param name="submissions">The submissions.</param>
    public static void WriteTexts(Stream output, IEnumerable<Submission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        Write(output, SubmissionCsvReader.TextColumns, submissions.SelectMany(s => s.Texts.Select(t => new[]
        {
            s.UnitCode, s.Period.Id, Sent(s), t.Section, t.Text,
        })));
    }

    private static string Sent(Submission submission) => SubmissionFields.FormatSubmittedAt(submission.SubmittedAt);

    private static void Write(Stream output, IReadOnlyList<string> header, IEnumerable<string?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(output);
        using var writer = new StreamWriter(output, new UTF8Encoding(false), 1 << 16, leaveOpen: true) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', header));
        foreach (var row in rows)
        {
            writer.WriteLine(string.Join(',', row.Select(Field)));
        }
    }

    private static string Field(string? value) =>
        value is null ? string.Empty
        : value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || value != value.Trim() ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
