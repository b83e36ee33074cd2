#region usings
using KhanhHoa.Governance.Submissions;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>docs/report.md: a unit's or the office's text with its footnotes, as the desk and the report read it.</summary>
public sealed class FootnotedTextExample
{
    [Fact]
    public void A_text_writes_its_notes_as_markdown_does()
    {
        #region example
        const string Text = """
            UBND tỉnh ban hành 02 Quyết định về kiểm tra công tác Cải cách hành chính[^qd] và 08 văn bản chỉ đạo[^cv].

            [^qd]: Quyết định số 936/QĐ-UBND ngày 29/8/2025; Quyết định số 1211/QĐ-UBND ngày 16/9/2025.
            [^cv]: Công văn số 2307/UBND-KT ngày 19/8/2025 …
            """;

        FootnotedText read = FootnotedText.Parse(Text).AsT0;   // a problem (FootnoteProblem) instead when the notes do not add up
        IReadOnlyList<string> notes = read.Notes;              // in the order the text refers to them: [qd], then [cv]
        string words = read.PlainText("\n");                   // the body without its references
        #endregion

        Assert.Equal(["Quyết định số 936/QĐ-UBND ngày 29/8/2025; Quyết định số 1211/QĐ-UBND ngày 16/9/2025.", "Công văn số 2307/UBND-KT ngày 19/8/2025 …"], notes);
        Assert.Equal("UBND tỉnh ban hành 02 Quyết định về kiểm tra công tác Cải cách hành chính và 08 văn bản chỉ đạo.", words);
    }
}
