using System.Collections.Immutable;
using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Every accepted submission, in the order received. A re-submission (same unit, data set and period) replaces the
/// earlier one in <see cref="Current"/>: the one sent latest wins (on equal times, the one received last); the earlier
/// ones stay in <see cref="History"/>.
/// </summary>
/// <threadsafety>Immutable; <see cref="Add"/> returns a new register. Safe to share between threads.</threadsafety>
public sealed class SubmissionRegister
{
    private readonly ImmutableList<CheckedSubmission> received;

    private SubmissionRegister(ImmutableList<CheckedSubmission> received) => this.received = received;

    /// <summary>The register with no submission.</summary>
    public static SubmissionRegister Empty { get; } = new([]);

    /// <summary>Every submission, in the order received.</summary>
    public IReadOnlyList<CheckedSubmission> Received => received;

    /// <summary>The submission in force for each unit, data set and period, in the order first received.</summary>
    public IReadOnlyList<CheckedSubmission> Current => [.. received
        .GroupBy(static s => Key(s.Submission))
        .Select(static g => g.Select((s, i) => (s, i)).MaxBy(static x => (x.s.Submission.SubmittedAt, x.i)).s)];

    /// <summary>Returns a register with <paramref name="submissions"/> added, in order.</summary>
    /// <param name="submissions">Accepted submissions.</param>
    /// <returns>The new register; this one is unchanged.</returns>
    public SubmissionRegister Add(IEnumerable<CheckedSubmission> submissions)
    {
        ArgumentNullException.ThrowIfNull(submissions);
        return new(received.AddRange(submissions));
    }

    /// <summary>Every submission of a unit for a data set and period, earliest sent first.</summary>
    /// <param name="unitCode">The unit.</param>
    /// <param name="dataSetCode">The data set.</param>
    /// <param name="period">The period.</param>
    /// <returns>The history; the last is in force.</returns>
    public IReadOnlyList<CheckedSubmission> History(string unitCode, string dataSetCode, ReportingPeriod period) =>
        [.. received.Where(s => Key(s.Submission) == (unitCode, dataSetCode, period)).OrderBy(static s => s.Submission.SubmittedAt)];

    /// <summary>The submissions in force for a data set and period.</summary>
    /// <param name="dataSetCode">The data set.</param>
    /// <param name="period">The period.</param>
    /// <returns>One per unit that sent one.</returns>
    public IReadOnlyList<CheckedSubmission> CurrentFor(string dataSetCode, ReportingPeriod period) =>
        [.. Current.Where(s => s.Submission.DataSetCode == dataSetCode && s.Submission.Period == period)];

    /// <summary>
    /// The difficulties of <paramref name="submission"/> as they stand. One carried over from the previous period with no
    /// text of its own ("Không thay đổi so với các kỳ báo cáo trước") takes the text the unit gave the same topic in its
    /// latest earlier period (one whose last month comes before this one's first) in force here (itself carried over the same way, as far back as the register goes); with none
    /// found its text stays empty and it stays marked <see cref="Difficulty.CarriedOver"/>.
    /// </summary>
    /// <param name="submission">A submission, in this register or not.</param>
    /// <returns>Its difficulties in its order, carried-over texts filled in.</returns>
    public IReadOnlyList<Difficulty> Difficulties(Submission submission)
    {
        ArgumentNullException.ThrowIfNull(submission);
        var earlier = Current.Select(static s => s.Submission)
            .Where(s => s.UnitCode == submission.UnitCode && s.Period.LastMonth.CompareTo(submission.Period.FirstMonth) < 0)
            .OrderByDescending(static s => s.Period.End).ThenByDescending(static s => s.SubmittedAt)
            .ToList();
        return [.. submission.Difficulties.Select(d => d.CarriedOver && string.IsNullOrWhiteSpace(d.Text) ? d with { Text = EarlierText(earlier, d.Topic) } : d)];
    }

    // The latest earlier text of a topic, skipping earlier periods that carried it over without text.
    private static string EarlierText(IReadOnlyList<Submission> earlier, string topic) =>
        earlier.SelectMany(static s => s.Difficulties)
            .Where(d => SameTopic(d.Topic, topic) && !string.IsNullOrWhiteSpace(d.Text))
            .Select(static d => d.Text)
            .FirstOrDefault() ?? string.Empty;

    private static bool SameTopic(string a, string b) =>
        string.Equals(a.Trim().Normalize(System.Text.NormalizationForm.FormC), b.Trim().Normalize(System.Text.NormalizationForm.FormC), StringComparison.OrdinalIgnoreCase);

    private static (string Unit, string DataSet, ReportingPeriod Period) Key(Submission s) => (s.UnitCode, s.DataSetCode, s.Period);
}
