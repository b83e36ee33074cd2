namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// How section I is numbered, made in one place for every format: each group's number ("4"), letter ("a", or none
/// for a group that is a section by itself) and the heading of its numbered section, with the number of the task
/// section that follows them.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed class ReportOutline
{
    private ReportOutline(IReadOnlyList<ReportOutlineEntry> entries, int taskSectionNumber)
    {
        Entries = entries;
        TaskSectionNumber = taskSectionNumber;
    }

    /// <summary>One entry per group of <see cref="MonthlyReport.IndicatorGroups"/>, in order.</summary>
    public IReadOnlyList<ReportOutlineEntry> Entries { get; }

    /// <summary>The number of the task section, printed after the last group's section.</summary>
    public int TaskSectionNumber { get; }

    /// <summary>Numbers a report's section I.</summary>
    /// <param name="report">The report.</param>
    /// <returns>The outline.</returns>
    public static ReportOutline Of(MonthlyReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var entries = new List<ReportOutlineEntry>();
        int number = 0, letter = 0;
        string? section = null;
        foreach (var group in report.IndicatorGroups)
        {
            var continues = group.Section is not null && group.Section == section;
            number += continues ? 0 : 1;
            letter = continues ? letter + 1 : 0;
            section = group.Section;
            entries.Add(new ReportOutlineEntry(
                group,
                number,
                group.Section is null ? null : ReportText.ItemLetter(letter),
                group.Section ?? group.Title,
                StartsSection: !continues));
        }

        return new ReportOutline(entries, number + 1);
    }
}
