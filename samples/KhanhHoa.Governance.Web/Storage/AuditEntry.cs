namespace KhanhHoa.Governance.Web.Storage;

/// <summary>One action, allowed or refused: who did what, when, on which unit, with what result.</summary>
internal sealed class AuditEntry
{
    /// <summary>The key, in order.</summary>
    public long Id { get; set; }

    /// <summary>When (the server's clock).</summary>
    public Instant At { get; set; }

    /// <summary>The account name, or what was typed at sign-in, or <c>anonymous</c>.</summary>
    public required string Actor { get; set; }

    /// <summary>One of <see cref="AuditActions"/>.</summary>
    public required string Action { get; set; }

    /// <summary>The unit acted on, when there is one.</summary>
    public string? UnitCode { get; set; }

    /// <summary><c>ok</c>, <c>refused</c>, <c>forbidden</c>, <c>locked</c>…</summary>
    public required string Result { get; set; }

    /// <summary>A receipt, a reason, a file name.</summary>
    public required string Detail { get; set; }
}
