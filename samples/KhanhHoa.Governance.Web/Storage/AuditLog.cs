namespace KhanhHoa.Governance.Web.Storage;

/// <summary>Writes audit rows at the server's clock, each saved at once (a refused action leaves its row too).</summary>
internal sealed class AuditLog(GovernanceDb db, IClock clock)
{
    /// <summary>Records one action.</summary>
    public async Task WriteAsync(string actor, string action, string? unitCode, string result, string detail, CancellationToken cancellationToken = default)
    {
        db.Audit.Add(new AuditEntry
        {
            At = clock.GetCurrentInstant(),
            Actor = Truncate(actor, 64),
            Action = action,
            UnitCode = unitCode is null ? null : Truncate(unitCode, 64),
            Result = result,
            Detail = detail,
        });
        await db.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
