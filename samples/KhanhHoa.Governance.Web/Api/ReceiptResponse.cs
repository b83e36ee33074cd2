namespace KhanhHoa.Governance.Web.Api;

/// <summary>The answer of <c>POST /api/v1/submissions</c> when the file was received (HTTP 201).</summary>
/// <param name="Receipt">The receipt number.</param>
/// <param name="ReceivedAt">When the server received it (ISO 8601 with the offset of Vietnam time).</param>
/// <param name="Outcome"><c>accepted</c>.</param>
/// <param name="Errors">Empty for an accepted file.</param>
/// <param name="Sha256">The SHA-256 of the file's bytes.</param>
/// <param name="Version">The unit's version number for this data set and period.</param>
/// <param name="Findings">The data set's non-blocking rules the figures break, for the unit to check.</param>
internal sealed record ReceiptResponse(string Receipt, string ReceivedAt, string Outcome, IReadOnlyList<string> Errors, string Sha256, int Version, IReadOnlyList<string> Findings);
