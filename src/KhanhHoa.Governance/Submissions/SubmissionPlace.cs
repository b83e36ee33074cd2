namespace KhanhHoa.Governance.Submissions;

/// <summary>Which part of a <see cref="Submission"/> a <see cref="SubmissionPlace"/> points at.</summary>
internal enum SubmissionPart
{
    /// <summary>The unit, data set, period and time of sending.</summary>
    Header,

    /// <summary>One of <see cref="Submission.Figures"/>.</summary>
    Figure,

    /// <summary>One of <see cref="Submission.Progress"/>.</summary>
    Progress,

    /// <summary>One of <see cref="Submission.Difficulties"/>.</summary>
    Difficulty,

    /// <summary>One of <see cref="Submission.Texts"/>.</summary>
    Text,
}

/// <summary>
/// A field of a submission that a check can blame: a reader of any format turns it into the file, line and column (or
/// sheet and cell, or JSON path) the field came from.
/// </summary>
/// <param name="Part">The part of the submission.</param>
/// <param name="Index">The item's index in its list (0 for <see cref="SubmissionPart.Header"/>).</param>
/// <param name="Field">The field, by its CSV column name: <c>unit_code</c>, <c>data_set</c>, <c>period</c>, <c>submitted_at</c>, <c>element</c>, <c>value</c>, <c>plan</c>, <c>task</c>, <c>status</c>, <c>percent</c>, <c>completed_on</c>, <c>new_due_date</c>, <c>decision</c>, <c>evidence</c>, <c>topic</c>, <c>text</c>, <c>addressed_to</c>, <c>section</c>.</param>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
internal readonly record struct SubmissionPlace(SubmissionPart Part, int Index, string Field)
{
    /// <summary>An error at this place with no source location: the field is named in <see cref="InputError.Field"/> (<c>figures[3].value</c>).</summary>
    /// <param name="message">What is wrong.</param>
    /// <returns>The error.</returns>
    public InputError Unlocated(string message) => new(0, 0, message)
    {
        Field = Part switch
        {
            SubmissionPart.Figure => $"figures[{Index}].{Field}",
            SubmissionPart.Progress => $"progress[{Index}].{Field}",
            SubmissionPart.Difficulty => $"difficulties[{Index}].{Field}",
            SubmissionPart.Text => $"texts[{Index}].{Field}",
            _ => Field,
        },
    };
}
