namespace KhanhHoa.Governance.Submissions;

/// <summary>Why a text's footnotes do not add up (<see cref="FootnotedText.Parse"/>).</summary>
/// <param name="Kind">What is wrong.</param>
/// <param name="Label">The note's label as written (<c>1</c> for <c>[^1]</c>).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record FootnoteProblem(FootnoteProblemKind Kind, string Label)
{
    /// <summary>The problem as the reader of <paramref name="language"/> reads it, naming the text's section.</summary>
    /// <param name="language">The language.</param>
    /// <param name="section">The key of the section the text is for (<c>I.1.a</c>, <c>III</c>).</param>
    /// <returns>The message (<c>chú thích [^2] trong nội dung mục I.1.a chưa có lời chú thích …</c>).</returns>
    public string Describe(MessageLanguage language, string section) => SubmissionMessages.Format(language, Kind switch
    {
        FootnoteProblemKind.NoNote => "footnote.noNote",
        FootnoteProblemKind.NoteNotReferred => "footnote.notReferred",
        FootnoteProblemKind.NoteTwice => "footnote.noteTwice",
        FootnoteProblemKind.ReferredTwice => "footnote.referredTwice",
        _ => "footnote.blank",
    }, Label, section);
}
