namespace KhanhHoa.Governance.Submissions;

/// <summary>What is wrong with a text's footnotes.</summary>
public enum FootnoteProblemKind
{
    /// <summary>The text refers to a note (<c>[^2]</c>) it does not write (<c>[^2]: …</c>).</summary>
    NoNote,

    /// <summary>A note is written but the text never refers to it.</summary>
    NoteNotReferred,

    /// <summary>Two notes have the same label.</summary>
    NoteTwice,

    /// <summary>The text refers to one note twice; a footnote has one place.</summary>
    ReferredTwice,

    /// <summary>A note has no text.</summary>
    BlankNote,
}
