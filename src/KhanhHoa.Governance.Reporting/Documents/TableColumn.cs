namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>A column of a table.</summary>
/// <param name="Header">Its header as printed.</param>
/// <param name="Kind">What it holds.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record TableColumn(string Header, ColumnKind Kind)
{
    /// <summary>How its cells are aligned: words left, everything else centred (the default follows <see cref="Kind"/>).</summary>
    public ColumnAlignment Alignment { get; init; } = Kind is ColumnKind.Text ? ColumnAlignment.Left : ColumnAlignment.Center;
}
