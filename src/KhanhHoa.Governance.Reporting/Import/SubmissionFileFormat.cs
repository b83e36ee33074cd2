namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>The three formats a unit's submission file comes in.</summary>
public enum SubmissionFileFormat
{
    /// <summary>CSV (<c>schemas/submission-*.csv</c> columns): figures, progress or difficulties rows.</summary>
    Csv,

    /// <summary>One submission as JSON (<c>schemas/submission.v1.schema.json</c>).</summary>
    Json,

    /// <summary>A filled Excel form written by <see cref="SubmissionFormWriter"/>.</summary>
    Form,
}
