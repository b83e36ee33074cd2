namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// A difficulty or proposal of section II (khó khăn, vướng mắc, kiến nghị, đề xuất) as the units raised it: the same
/// words from several units are one item naming them all.
/// </summary>
/// <param name="Topic">What it is about, as the units wrote it.</param>
/// <param name="Text">The difficulty or proposal.</param>
/// <param name="AddressedTo">Whom it asks to act (a proposal), or <see langword="null"/> for a difficulty.</param>
/// <param name="RaisedBy">The names of the units that raised it, in the units' order.</param>
/// <param name="Provenance">Where it comes from, as weak as its weakest source (<see cref="Provenance.Synthetic"/> when any unit raising it is generated data).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ReportedDifficulty(string Topic, string Text, string? AddressedTo, IReadOnlyList<string> RaisedBy, Provenance Provenance)
{
    /// <summary>The units that raised it (a read-only copy).</summary>
    public IReadOnlyList<string> RaisedBy { get; init; } = [.. RaisedBy];

    /// <summary>
    /// Whether the units marked it unchanged since their previous period ("Không thay đổi so với các kỳ báo cáo trước"):
    /// it persists. <see cref="Text"/> is then the text they gave it last, or empty when no earlier text was received.
    /// </summary>
    public bool CarriedOver { get; init; }

    /// <summary>Whether it asks someone to act (kiến nghị, đề xuất) rather than reporting a difficulty.</summary>
    public bool IsProposal => AddressedTo is not null;
}
