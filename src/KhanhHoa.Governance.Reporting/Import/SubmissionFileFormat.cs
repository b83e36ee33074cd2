namespace KhanhHoa.Governance.Reporting.Import;

/// <summary>The formats a submission file comes in.</summary>
internal enum SubmissionFileFormat
{
    /// <summary>CSV rows of figures, progress or difficulties (<c>SubmissionCsvReader</c>).</summary>
    Csv,

    /// <summary>One JSON submission (<c>schemas/submission.v1.schema.json</c>).</summary>
    Json,

    /// <summary>A filled Excel form (<see cref="SubmissionFormReader"/>).</summary>
    Form,
}
