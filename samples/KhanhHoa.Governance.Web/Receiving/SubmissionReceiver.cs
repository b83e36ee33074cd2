using System.Security.Cryptography;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>
/// Receives a unit's file: reads it with the library (any of the three formats), stamps it with the server's clock (the
/// file's own time is kept as declared), checks it at the desk, and stores it as a new immutable version, accepted or
/// rejected with its errors. A file for another unit than the sender's is refused, stored nowhere, and audited.
/// </summary>
internal sealed class SubmissionReceiver(GovernanceDb db, Province province, AuditLog audit, IClock clock, DateTimeZone zone, VersionSequence sequence)
{
    /// <summary>Receives <paramref name="content"/> named <paramref name="fileName"/> from <paramref name="sender"/>, a clerk of <paramref name="unitCode"/>.</summary>
    public async Task<ReceiveResult> ReceiveAsync(string sender, string unitCode, string fileName, byte[] content, CancellationToken cancellationToken)
    {
        var receivedAt = clock.GetCurrentInstant();
        var read = Read(fileName, content, receivedAt);
        var submission = read.Submission;
        if (submission is not null && submission.UnitCode != unitCode)
        {
            await audit.WriteAsync(sender, AuditActions.Send, submission.UnitCode, "forbidden", $"{fileName}: tệp của đơn vị {submission.UnitCode}, người gửi thuộc {unitCode}", cancellationToken).ConfigureAwait(false);
            return new ReceiveResult(null, [$"Tệp báo cáo của đơn vị {province.UnitName(submission.UnitCode)} ({submission.UnitCode}); tài khoản này chỉ được gửi cho {province.UnitName(unitCode)} ({unitCode})."], Forbidden: true);
        }

        var version = new SubmissionVersion
        {
            Receipt = Receipts.New(receivedAt.InZone(zone).Date),
            UnitCode = unitCode,
            DataSetCode = submission?.DataSetCode ?? string.Empty,
            PeriodId = submission?.Period.Id ?? string.Empty,
            SentBy = sender,
            ReceivedAt = receivedAt,
            DeclaredAt = read.DeclaredAt,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(content)),
            FileName = Path.GetFileName(fileName),
            Content = content,
            Outcome = read.Errors.Count == 0 ? Outcomes.Accepted : Outcomes.Rejected,
            Errors = string.Join('\n', read.Errors),
            Findings = string.Join('\n', read.Findings),
        };
        await sequence.AddAsync(db, version, cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(sender, AuditActions.Send, unitCode, version.Outcome, $"{version.Receipt} {version.DataSetCode} {version.PeriodId} v{version.Version}", cancellationToken).ConfigureAwait(false);
        return new ReceiveResult(version, read.Errors, Forbidden: false);
    }

    /// <summary>
    /// Reads a stored or arriving file as the desk sees it when received at <paramref name="receivedAt"/>: the same answer
    /// whenever it is read again, since the file's bytes and the received instant never change.
    /// </summary>
    public FileReading Read(string fileName, byte[] content, Instant receivedAt)
    {
        var received = receivedAt.InZone(zone).LocalDateTime;
        var outcome = SubmissionFiles.Read([new SubmissionFile(fileName, content) { ReceivedAt = received }], province.Desk).Files[0];
        if (outcome.Rejected)
        {
            return new FileReading(null, null, null, [.. outcome.Errors.Select(Describe)], []);
        }

        if (outcome.Accepted.Count != 1)
        {
            return new FileReading(null, null, null, [$"{fileName}: tệp có {outcome.Accepted.Count} báo cáo; mỗi lần gửi một báo cáo (một đơn vị, một bộ dữ liệu, một kỳ)."], []);
        }

        // Timeliness is judged on the time the server received the file; the time the file declares is kept beside it.
        var declared = outcome.Accepted[0].Submission;
        var stamped = province.Desk.Receiving(received, declared.UnitCode).Check(declared with { SubmittedAt = received });
        return stamped.TryGetValue(out var accepted)
            ? new FileReading(accepted, declared, declared.SubmittedAt, [], [.. accepted.Findings.Select(static f => $"{f.Rule.Id}: {f.Message}")])
            : new FileReading(null, declared, declared.SubmittedAt, [.. stamped.Errors.Select(Describe)], []);
    }

    /// <summary>One error with its place, for the clerk, in Vietnamese.</summary>
    public static string Describe(InputError error) => SubmissionMessages.Describe(error, MessageLanguage.Vietnamese);

    /// <summary>A file as read: the accepted submission (stamped), or the one the file declares and its errors.</summary>
    internal sealed record FileReading(CheckedSubmission? Accepted, Submission? Declared, LocalDateTime? DeclaredAt, IReadOnlyList<string> Errors, IReadOnlyList<string> Findings)
    {
        /// <summary>The submission the file is about, accepted or not.</summary>
        public Submission? Submission => Accepted?.Submission ?? Declared;
    }
}
