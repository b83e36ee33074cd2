using KhanhHoa.Governance.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>The office's decisions: approve a version, or return it for correction with a reason. Each is audited.</summary>
internal sealed class ReviewDesk(GovernanceDb db, AuditLog audit, IClock clock)
{
    /// <summary>The longest reason kept.</summary>
    public const int MaxReason = 2000;

    /// <summary>Records <paramref name="decision"/> on the version with <paramref name="receipt"/>; the problem in Vietnamese when it cannot be.</summary>
    public async Task<(SubmissionVersion? Version, string? Problem, bool NotFound)> DecideAsync(string receipt, string decision, string? reason, string officer, CancellationToken cancellationToken)
    {
        var version = await db.Submissions.AsNoTracking().SingleOrDefaultAsync(s => s.Receipt == receipt, cancellationToken).ConfigureAwait(false);
        if (version is null)
        {
            return (null, $"Không có báo cáo nào mang số biên nhận '{receipt}'.", true);
        }

        var why = reason?.Trim() ?? string.Empty;
        string? problem = version.Outcome != Outcomes.Accepted ? "Báo cáo này đã bị từ chối khi tiếp nhận; không thể chấp nhận hay trả lại."
            : decision == Outcomes.Returned && why.Length == 0 ? "Trả lại báo cáo cần nêu lý do."
            : why.Length > MaxReason ? $"Lý do dài quá {MaxReason} ký tự."
            : null;
        if (problem is not null)
        {
            return (version, problem, false);
        }

        db.Reviews.Add(new SubmissionReview
        {
            SubmissionVersionId = version.Id,
            Decision = decision,
            Reason = why,
            ReviewedBy = officer,
            ReviewedAt = clock.GetCurrentInstant(),
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        await audit.WriteAsync(officer, decision == Outcomes.Returned ? AuditActions.Return : AuditActions.Accept, version.UnitCode, "ok", $"{receipt} {why}", cancellationToken).ConfigureAwait(false);
        return (version, null, false);
    }
}
