using KhanhHoa.Governance.Web.Storage;
using Microsoft.EntityFrameworkCore;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>
/// Numbers a unit's versions of a data set and period 1, 2, 3… in order of arrival. One writer at a time in this process
/// (a singleton); the unique index on (period, data set, unit, version) refuses a duplicate from another process, and the
/// insert is retried with the next number.
/// </summary>
internal sealed class VersionSequence
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <summary>Gives <paramref name="version"/> its number and stores it.</summary>
    public async Task AddAsync(GovernanceDb db, SubmissionVersion version, CancellationToken cancellationToken)
    {
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            for (var attempt = 1; ; attempt++)
            {
                var last = await db.Submissions
                    .Where(s => s.PeriodId == version.PeriodId && s.DataSetCode == version.DataSetCode && s.UnitCode == version.UnitCode)
                    .MaxAsync(s => (int?)s.Version, cancellationToken).ConfigureAwait(false);
                version.Version = (last ?? 0) + 1;
                db.Submissions.Add(version);
                try
                {
                    // Once the file is in, a client that hangs up does not take it back.
                    await db.SaveChangesAsync(CancellationToken.None).ConfigureAwait(false);
                    return;
                }
                catch (DbUpdateException) when (attempt < 5)
                {
                    db.Entry(version).State = EntityState.Detached;
                }
            }
        }
        finally
        {
            gate.Release();
        }
    }
}
