using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Reporting;

/// <summary>An accepted submission the report takes in, with where its content comes from.</summary>
/// <param name="Submission">The submission, accepted at the desk.</param>
/// <param name="Provenance"><see cref="Provenance.Reported"/> for a unit's own report, <see cref="Provenance.Synthetic"/> for generated ones.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SubmittedReport(CheckedSubmission Submission, Provenance Provenance);
