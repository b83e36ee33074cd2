namespace KhanhHoa.Governance.Web.Storage;

/// <summary>A plan the office imported from its Word file or text, after checking the preview: never updated.</summary>
internal sealed class ImportedPlan
{
    /// <summary>The key, in order of import (a later import of the same plan id replaces the earlier one).</summary>
    public long Id { get; set; }

    /// <summary>The plan's id, e.g. <c>3433/KH-UBND</c>.</summary>
    public required string PlanId { get; set; }

    /// <summary>The document's file name.</summary>
    public required string FileName { get; set; }

    /// <summary>The SHA-256 of the document, lower-case hex.</summary>
    public required string Sha256 { get; set; }

    /// <summary>The account that confirmed the import.</summary>
    public required string ImportedBy { get; set; }

    /// <summary>When.</summary>
    public Instant ImportedAt { get; set; }

    /// <summary>The plan in the library's plans format (<c>PlanJsonWriter</c>), what the service loads on start.</summary>
    public required byte[] PlanJson { get; set; }
}
