namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// A figure as the report prints it ("1.365.565", "90,31%", "…" where it is left to fill) with where it comes from, so a
/// writer can set a synthetic figure apart; the composer has already placed its label ("Nguồn: giả lập") where the
/// report prints one.
/// </summary>
/// <param name="Text">The figure as printed, in Vietnamese form.</param>
/// <param name="Provenance">Where it comes from.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FigureRun(string Text, Provenance Provenance) : DocumentInline
{
    /// <inheritdoc />
    public override string Text { get; } = Text;

    /// <summary>The figure's value as the core gave it (a rate in percent, 90,31), or <see langword="null"/> when the text is not one number.</summary>
    public decimal? Value { get; init; }

    /// <summary>Whether <see cref="Value"/> is a rate in percent.</summary>
    public bool IsRate { get; init; }
}
