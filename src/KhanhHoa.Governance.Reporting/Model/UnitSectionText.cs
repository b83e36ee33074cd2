namespace KhanhHoa.Governance.Reporting;

/// <summary>
/// A unit's own text for a section of the report (<see cref="Submissions.SectionText"/> of its submission), printed after
/// the section's figures as report 87 attributes it: "- Sở Y tế: …".
/// </summary>
/// <param name="Section">The section's key: a group's code of section I (<c>I.4.a</c>), <see cref="MonthlyReport.DifficultiesSection"/> or <see cref="MonthlyReport.PrioritiesSection"/>.</param>
/// <param name="Unit">The unit's name.</param>
/// <param name="Text">The text as the unit wrote it.</param>
/// <param name="Provenance"><see cref="Provenance.Synthetic"/> when it comes from a generated submission (labelled in a review, left out of a signable copy).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record UnitSectionText(string Section, string Unit, string Text, Provenance Provenance);
