namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// What a monthly report is for (<see cref="MonthlyReportSources.Purpose"/>, <see cref="MonthlyReport.Purpose"/>): the
/// copy an office signs and sends up, or the working copy its staff check before that.
/// </summary>
public enum ReportPurpose
{
    /// <summary>
    /// The working copy: everything the composer found, every synthetic item labelled where it appears, the core's
    /// judgements (target statuses and projections, task statuses, working days late) and the data-quality findings in
    /// an internal annex.
    /// </summary>
    Review = 0,

    /// <summary>
    /// The copy an office signs: only figures the units reported (<see cref="Provenance.Reported"/>); no synthetic or
    /// computed figure, no target judgement or projection, no synthetic task, difficulty or overdue agency, no internal
    /// check (rule codes, formulas); where a figure is missing it leaves the place to fill ("…") as officials do.
    /// </summary>
    Signable = 1,
}
