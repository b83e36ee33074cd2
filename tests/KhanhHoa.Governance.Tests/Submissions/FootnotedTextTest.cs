using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using KhanhHoa.Governance.Submissions;
using static KhanhHoa.Governance.Tests.Submissions.SubmissionFixture;

namespace KhanhHoa.Governance.Tests.Submissions;

// A text's footnotes as Markdown writes them (FootnotedText): read in the order of reference, refused at the desk when
// they do not add up, and never a crash on any text.
public sealed class FootnotedTextTest
{
    private static readonly Gen<string> Word = Gen.Elements("Quyết", "định", "số", "936/QĐ-UBND", "ngày", "29/8/2025", "[", "]", "^", "[^", "[^]", "đ", "1", ":", "(1)");

    private static readonly Gen<string> Line = Word.ListOf().Select(static words => string.Join(' ', words));

    // Anything a clerk can type around the syntax: brackets, carets, colons, line breaks, blank lines.
    private static readonly Gen<string> AnyText =
        Gen.Elements("[^", "]", "]:", "[^1]", "[^1]:", "[^a]", "[^a]: ", "^", "[", " ", "\n", "\n\n", "\r\n", "x", "Đ", ":", "\t").ArrayOf().Select(static parts => string.Concat(parts));

    private static FootnotedText Read(string text) => FootnotedText.Parse(text).AsT0;

    private static FootnoteProblem Problem(string text) => FootnotedText.Parse(text).AsT1;

    [Fact]
    public void Notes_are_read_in_the_order_the_text_refers_to_them_whatever_their_labels_and_places()
    {
        var text = Read("""
            Tỉnh ủy tổ chức cuộc họp[^hop].
            UBND tỉnh ban hành 02 Quyết định[^2] và 08 văn bản[^1].

            [^1]: Công văn số 2307/UBND-KT
            ngày 19/8/2025.
            [^2]: Quyết định số 936/QĐ-UBND.
            [^hop]: Chủ trì hội nghị: đồng chí Bí thư Tỉnh ủy.

            Bên cạnh đó, Tỉnh ủy ban hành 03 văn bản.
            """);

        Assert.Equal(["Chủ trì hội nghị: đồng chí Bí thư Tỉnh ủy.", "Quyết định số 936/QĐ-UBND.", "Công văn số 2307/UBND-KT ngày 19/8/2025."], text.Notes);
        Assert.Equal(
            [
                [new TextPiece("Tỉnh ủy tổ chức cuộc họp", 0), new TextPiece(". UBND tỉnh ban hành 02 Quyết định", 1), new TextPiece(" và 08 văn bản", 2), new TextPiece(".", null)],
                [new TextPiece("Bên cạnh đó, Tỉnh ủy ban hành 03 văn bản.", null)],
            ],
            text.Paragraphs.Select(static p => p.ToArray()));
        Assert.Equal("Tỉnh ủy tổ chức cuộc họp. UBND tỉnh ban hành 02 Quyết định và 08 văn bản.|Bên cạnh đó, Tỉnh ủy ban hành 03 văn bản.", text.PlainText("|"));
    }

    [Theory]
    [InlineData("Văn bản[^1].", FootnoteProblemKind.NoNote, "1")]
    [InlineData("Văn bản.\n[^1]: Quyết định.", FootnoteProblemKind.NoteNotReferred, "1")]
    [InlineData("Văn bản[^1].\n[^1]: Một.\n[^1]: Hai.", FootnoteProblemKind.NoteTwice, "1")]
    [InlineData("Văn bản[^a] và[^a].\n[^a]: Một.", FootnoteProblemKind.ReferredTwice, "a")]
    [InlineData("Văn bản[^b].\n[^b]:   ", FootnoteProblemKind.BlankNote, "b")]
    public void Notes_that_do_not_add_up_are_a_problem_naming_the_label(string text, FootnoteProblemKind kind, string label) =>
        Assert.Equal(new FootnoteProblem(kind, label), Problem(text));

    [Theory]
    [InlineData("Mảng [^ 1] và a[^]b, x^2 [1]")]
    [InlineData("Tỷ lệ [^1 đạt 90%")]
    public void What_is_not_a_label_is_text(string text) =>
        Assert.Equal(text, Read(text).PlainText(" "));

    [Fact]
    public void Each_problem_reads_in_Vietnamese_and_English_with_the_section()
    {
        var problem = new FootnoteProblem(FootnoteProblemKind.NoNote, "2");
        Assert.Equal("chú thích [^2] trong nội dung mục I.1 chưa có lời chú thích (một dòng \"[^2]: …\")", problem.Describe(MessageLanguage.Vietnamese, "I.1"));
        Assert.Equal("footnote [^2] in the text for section I.1 has no note (a line \"[^2]: …\")", problem.Describe(MessageLanguage.English, "I.1"));
        Assert.All(
            Enum.GetValues<FootnoteProblemKind>(),
            kind => Assert.Contains("[^x]", new FootnoteProblem(kind, "x").Describe(MessageLanguage.Vietnamese, "III"), StringComparison.Ordinal));
        Assert.Equal(Enum.GetValues<FootnoteProblemKind>().Length, Enum.GetValues<FootnoteProblemKind>().Select(k => new FootnoteProblem(k, "x").Describe(MessageLanguage.English, "II")).Distinct().Count());
    }

    [Fact]
    public void The_desk_refuses_a_units_text_whose_notes_do_not_add_up_where_it_is()
    {
        var submission = Report87() with { Texts = [new SectionText("I.2", "Tuyên truyền."), new SectionText("I.1", "Ban hành 03 văn bản[^3].\n[^1]: Công văn số 57-CV/ĐU.")] };
        Assert.Equal(
            ["texts[1].text: footnote [^3] in the text for section I.1 has no note (a line \"[^3]: …\")"],
            Desk.Check(submission).Errors.Select(static e => $"{e.Field}: {e.Message}"));
        Assert.True(Desk.Check(submission with { Texts = [new SectionText("I.1", "Ban hành 03 văn bản[^3].\n[^3]: Công văn số 57-CV/ĐU.")] }).Success);
    }

    // The law of the writer's side: paragraphs with references, the notes written below in any order, read back as written.
    [Property(MaxTest = 200)]
    public Property A_text_written_with_its_notes_reads_back_as_written() =>
        Prop.ForAll(
            (from paragraphs in Line.Where(static l => !l.Contains("[^", StringComparison.Ordinal) && l.Trim().Length > 0).NonEmptyListOf()
             from notes in Gen.CollectToArray(paragraphs.Select(_ => Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Line.Where(static l => l.Trim().Length > 0 && !l.Contains("[^", StringComparison.Ordinal)).Select(static l => (string?)l)))))
             from order in Gen.Shuffle(Enumerable.Range(0, paragraphs.Count).ToArray())
             select (Paragraphs: paragraphs.Select(static p => p.Trim()).ToArray(), Notes: notes.Select(static n => n?.Trim()).ToArray(), Order: order)).ToArbitrary(),
            input =>
            {
                var (paragraphs, notes, order) = input;
                var body = paragraphs.Select((p, i) => notes[i] is null ? p : $"{p}[^n{i}]");
                var definitions = order.Where(i => notes[i] is not null).Select(i => $"[^n{i}]: {notes[i]}");
                var read = Read(string.Join("\n\n", body) + "\n\n" + string.Join('\n', definitions));

                Assert.Equal(paragraphs, read.Paragraphs.Select(static p => string.Concat(p.Select(static piece => piece.Text))));
                Assert.Equal(notes.Where(static n => n is not null), read.Notes);
                Assert.Equal(Enumerable.Range(0, read.Notes.Count), read.Paragraphs.SelectMany(static p => p).Where(static piece => piece.Note is not null).Select(static piece => piece.Note!.Value));
            });

    // A reader never throws: any text is read or is a problem, and a text read refers to each note once, in order.
    [Property(MaxTest = 500)]
    public Property Any_text_is_read_or_is_a_problem_and_never_throws() =>
        Prop.ForAll(AnyText.ToArbitrary(), text => FootnotedText.Parse(text).Match(
            read => read.Paragraphs.SelectMany(static p => p).Where(static piece => piece.Note is not null).Select(static piece => piece.Note!.Value)
                .SequenceEqual(Enumerable.Range(0, read.Notes.Count)),
            problem => problem.Label.Length > 0));
}
