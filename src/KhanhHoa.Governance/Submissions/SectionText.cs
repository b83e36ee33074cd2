namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// A unit's own words for one section of the report its submission feeds (the paragraph it writes under "I.4.a" or
/// "II"), printed after the section's figures with the unit's name.
/// </summary>
/// <param name="Section">The section's key, one of the data set's <see cref="DataSet.Sections"/> (<c>I.4.a</c>, <c>II</c>).</param>
/// <param name="Text">The text as the unit wrote it.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record SectionText(string Section, string Text);
