namespace KhanhHoa.Governance.Submissions;

/// <summary>A piece of a <see cref="FootnotedText"/> paragraph: its text, then the note it refers to, if any.</summary>
/// <param name="Text">The text up to the reference (possibly empty).</param>
/// <param name="Note">The index of the note in <see cref="FootnotedText.Notes"/> referred to after the text, or <see langword="null"/> for the paragraph's last piece.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public readonly record struct TextPiece(string Text, int? Note);
