namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>What a table column holds, so a writer can type, align and size it.</summary>
public enum ColumnKind
{
    /// <summary>Words: names, tasks, findings.</summary>
    Text = 0,

    /// <summary>A short code (an indicator's, a task's, a unit's, a plan's symbol).</summary>
    Code = 1,

    /// <summary>Figures: counts, rates, values with their unit, changes.</summary>
    Figure = 2,

    /// <summary>A date.</summary>
    Date = 3,

    /// <summary>Where the row comes from ("giả lập", "đơn vị báo cáo").</summary>
    Source = 4,
}
