namespace KhanhHoa.Governance.Web.Storage;

/// <summary>Versions as the lists show them: every column but the file's bytes and its error and finding texts.</summary>
internal static class SubmissionSummaries
{
    /// <summary>
    /// <paramref name="versions"/> without <see cref="SubmissionVersion.Content"/>, <see cref="SubmissionVersion.Errors"/> and
    /// <see cref="SubmissionVersion.Findings"/> (left empty): a list of fifty versions then reads a few kilobytes, not fifty files.
    /// </summary>
    public static IQueryable<SubmissionVersion> WithoutContent(this IQueryable<SubmissionVersion> versions) =>
        versions.Select(s => new SubmissionVersion
        {
            Id = s.Id, Receipt = s.Receipt, UnitCode = s.UnitCode, DataSetCode = s.DataSetCode, PeriodId = s.PeriodId, Version = s.Version,
            SentBy = s.SentBy, ReceivedAt = s.ReceivedAt, DeclaredAt = s.DeclaredAt, Sha256 = s.Sha256, FileName = s.FileName, Content = Array.Empty<byte>(),
            Outcome = s.Outcome, Errors = string.Empty, Findings = string.Empty,
        });
}
