namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// The outcome of a batch of files at the door, one per file: the office counts every accepted file and lists each
/// rejected one with all its errors.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class SubmissionIntake
{
    /// <summary>The intake of <paramref name="files"/>, in the order given.</summary>
    /// <param name="files">Each file's outcome.</param>
    public SubmissionIntake(IEnumerable<SubmissionFileOutcome> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        Files = [.. files];
    }

    /// <summary>The intake of no file (an empty folder on the first day of the month).</summary>
    public static SubmissionIntake Empty { get; } = new([]);

    /// <summary>Every file's outcome, in the order given.</summary>
    public IReadOnlyList<SubmissionFileOutcome> Files { get; }

    /// <summary>The submissions of the accepted files, in file order.</summary>
    public IReadOnlyList<CheckedSubmission> Accepted => [.. Files.SelectMany(static f => f.Accepted)];

    /// <summary>The rejected files, in file order.</summary>
    public IReadOnlyList<SubmissionFileOutcome> Rejected => [.. Files.Where(static f => f.Rejected)];
}
