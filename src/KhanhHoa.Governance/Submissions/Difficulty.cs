namespace KhanhHoa.Governance.Submissions;

/// <summary>A difficulty or proposal a unit raises (khó khăn, vướng mắc, đề xuất, kiến nghị).</summary>
/// <param name="Topic">What it is about, in a few words.</param>
/// <param name="Text">The difficulty or proposal as the unit wrote it.</param>
/// <param name="AddressedTo">Whom it asks to act (a unit code or a body's name), or <see langword="null"/>.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Difficulty(string Topic, string Text, string? AddressedTo = null);
