using KhanhHoa.Governance.Reporting.Documents;

namespace KhanhHoa.Governance.Reporting;

// The document's footnotes as the composers add them, numbered from 1 across the report in the order they are referred to.
internal sealed class FootnoteList
{
    private readonly List<DocumentFootnote> notes = [];

    public IReadOnlyList<DocumentFootnote> All => notes;

    // Adds a footnote and returns the reference the text prints where it refers to it.
    public FootnoteReference Add(string text)
    {
        var note = new DocumentFootnote(notes.Count + 1, [new TextRun(text)]);
        notes.Add(note);
        return new FootnoteReference(note.Number);
    }
}
