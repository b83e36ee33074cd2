namespace KhanhHoa.Governance.Reporting;

/// <summary>Where one group of section I stands in the report's numbering (<see cref="ReportOutline"/>).</summary>
/// <param name="Group">The group.</param>
/// <param name="Number">The number of its section, from 1.</param>
/// <param name="Letter">Its letter within the section ("a", "b" … "đ" …), or <see langword="null"/> when the group is the section.</param>
/// <param name="SectionTitle">The heading of its numbered section.</param>
/// <param name="StartsSection">Whether the section's heading is printed before this group (its first group).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
internal sealed record ReportOutlineEntry(IndicatorGroup Group, int Number, string? Letter, string SectionTitle, bool StartsSection)
{
    /// <summary>The section heading as printed: "4. Về Dịch vụ công (DVC)".</summary>
    public string SectionHeading => $"{Number}. {SectionTitle}";

    /// <summary>The subsection heading as printed ("a) Thủ tục hành chính …"), or <see langword="null"/> when the group is the section.</summary>
    public string? SubsectionHeading => Letter is null ? null : $"{Letter}) {Group.Title}";
}
