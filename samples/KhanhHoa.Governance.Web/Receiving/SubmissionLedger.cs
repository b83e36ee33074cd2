using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Web.Hosting;
using KhanhHoa.Governance.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>
/// What the database holds, as the library's register: of each unit's versions of a data set and period, the last one
/// the desk accepted counts, unless the office returned it (then the unit is missing until it sends a correction).
/// </summary>
internal sealed class SubmissionLedger(GovernanceDb db, SubmissionReceiver receiver, ParsedSubmissions parsed, Province province, BusinessCalendar calendar)
{
    /// <summary>The versions that count for <paramref name="periodId"/> (every period when <see langword="null"/>), each with its key.</summary>
    public async Task<IReadOnlyList<(long Id, CheckedSubmission Submission)>> CurrentAsync(string? periodId, CancellationToken cancellationToken)
    {
        var versions = db.Submissions.AsNoTracking().Where(s => s.Outcome == Outcomes.Accepted);
        var accepted = await (periodId is null ? versions : versions.Where(s => s.PeriodId == periodId))
            .Select(s => new { s.Id, s.UnitCode, s.DataSetCode, s.PeriodId, s.Version })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        var latest = accepted.GroupBy(static s => (s.UnitCode, s.DataSetCode, s.PeriodId)).Select(static g => g.MaxBy(static s => s.Version)!.Id).ToList();
        var returned = await ReturnedAsync(latest, cancellationToken).ConfigureAwait(false);
        var counted = latest.Where(id => !returned.Contains(id)).ToList();
        var missing = counted.Where(id => !parsed.TryGet(id, out _)).ToList();
        if (missing.Count > 0)
        {
            // One command whatever the number of versions; the rows stream, so one file's bytes are held at a time.
            var rows = db.Submissions.AsNoTracking().Where(s => missing.Contains(s.Id)).Select(s => new { s.Id, s.FileName, s.Content, s.ReceivedAt }).AsAsyncEnumerable();
            await foreach (var row in rows.WithCancellation(cancellationToken).ConfigureAwait(false))
            {
                parsed.Keep(row.Id, receiver.Read(row.FileName, row.Content, row.ReceivedAt).Accepted);
            }
        }

        var current = new List<(long, CheckedSubmission)>();
        foreach (var id in counted)
        {
            if (parsed.TryGet(id, out var submission) && submission is not null)
            {
                current.Add((id, submission));
            }
        }

        return current;
    }

    /// <summary>The library's status of <paramref name="periodId"/> on <paramref name="asOf"/>: the same as the console host's.</summary>
    public async Task<SubmissionStatus> StatusAsync(string periodId, LocalDate asOf, CancellationToken cancellationToken)
    {
        var current = await CurrentAsync(periodId, cancellationToken).ConfigureAwait(false);
        var register = SubmissionRegister.Empty.Add(current.Select(static c => c.Submission));
        return SubmissionStatus.Take(province.Desk, register, periodId, calendar, asOf);
    }

    /// <summary>The last decision on each of <paramref name="ids"/>, by version key.</summary>
    public async Task<Dictionary<long, SubmissionReview>> LastReviewsAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken)
    {
        var reviews = await db.Reviews.AsNoTracking().Where(r => ids.Contains(r.SubmissionVersionId)).ToListAsync(cancellationToken).ConfigureAwait(false);
        return reviews.GroupBy(static r => r.SubmissionVersionId).ToDictionary(static g => g.Key, static g => g.MaxBy(static r => r.Id)!);
    }

    private async Task<HashSet<long>> ReturnedAsync(IReadOnlyCollection<long> ids, CancellationToken cancellationToken) =>
        [.. (await LastReviewsAsync(ids, cancellationToken).ConfigureAwait(false)).Values.Where(static r => r.Decision == Outcomes.Returned).Select(static r => r.SubmissionVersionId)];
}
