namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// What became of one file at the door: accepted with the submissions it brought, or rejected with every error found in
/// it. A file is accepted or rejected whole, and never because of another file.
/// </summary>
/// <param name="Name">The file's name or path, as given.</param>
/// <param name="Accepted">The submissions the file brought (none when rejected; a CSV file that only adds rows to another file's submission brings none of its own).</param>
/// <param name="Errors">The errors found in the file, in the order of its lines (empty when accepted).</param>
/// <param name="ErrorCount">How many errors were found in all; more than <paramref name="Errors"/>.Count when a hostile file's errors were capped.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SubmissionFileOutcome(string Name, IReadOnlyList<CheckedSubmission> Accepted, IReadOnlyList<InputError> Errors, int ErrorCount)
{
    /// <summary>Whether the file was rejected.</summary>
    public bool Rejected => ErrorCount > 0;
}
