using System.Text;
using System.Text.RegularExpressions;
using OneOf;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// A unit's or the office's text with its footnotes, written the way Markdown writes them: <c>[^1]</c> where a note is
/// referred to, and the note on a line of its own, <c>[^1]: Quyết định số 936/QĐ-UBND ngày 29/8/2025 …</c>. Paragraphs
/// are separated by a blank line and the lines of a paragraph or of a note are joined by a space. A label is the
/// writer's own (<c>1</c>, <c>qd-936</c>): the report numbers the notes across the whole report, in the order it refers
/// to them.
/// </summary>
/// <remarks>
/// Every note is referred to exactly once and every reference has its note, as a Word footnote has one place: the desk
/// and the report's composer refuse a text that breaks this (<see cref="FootnoteProblem"/>). A <c>[^</c> that is not a
/// label (<c>[^ </c>, <c>[^]</c>) is text.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed partial class FootnotedText
{
    private FootnotedText(IReadOnlyList<IReadOnlyList<TextPiece>> paragraphs, IReadOnlyList<string> notes) =>
        (Paragraphs, Notes) = (paragraphs, notes);

    /// <summary>The body's paragraphs, each a sequence of pieces of text with the note referred to after each.</summary>
    public IReadOnlyList<IReadOnlyList<TextPiece>> Paragraphs { get; }

    /// <summary>The notes' texts in the order the body refers to them; <see cref="TextPiece.Note"/> indexes this list.</summary>
    public IReadOnlyList<string> Notes { get; }

    /// <summary>Reads <paramref name="text"/>'s paragraphs and notes.</summary>
    /// <param name="text">The text as its writer wrote it.</param>
    /// <returns>The text, or a problem with its notes: a note written twice or blank first, then a reference without its note or repeated, then a note never referred to.</returns>
    public static OneOf<FootnotedText, FootnoteProblem> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var (body, definitions) = Blocks(text);
        var notes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (label, note) in definitions)
        {
            if (notes.ContainsKey(label))
            {
                return new FootnoteProblem(FootnoteProblemKind.NoteTwice, label);
            }

            if (note.Length == 0)
            {
                return new FootnoteProblem(FootnoteProblemKind.BlankNote, label);
            }

            notes.Add(label, note);
        }

        var referred = new List<string>();
        var paragraphs = new List<IReadOnlyList<TextPiece>>(body.Count);
        foreach (var paragraph in body)
        {
            var pieces = new List<TextPiece>();
            var start = 0;
            foreach (Match reference in Reference().Matches(paragraph))
            {
                var label = reference.Groups[1].Value;
                if (!notes.ContainsKey(label))
                {
                    return new FootnoteProblem(FootnoteProblemKind.NoNote, label);
                }

                if (referred.Contains(label, StringComparer.Ordinal))
                {
                    return new FootnoteProblem(FootnoteProblemKind.ReferredTwice, label);
                }

                pieces.Add(new TextPiece(paragraph[start..reference.Index], referred.Count));
                referred.Add(label);
                start = reference.Index + reference.Length;
            }

            if (start < paragraph.Length)
            {
                pieces.Add(new TextPiece(paragraph[start..], null));
            }

            paragraphs.Add(pieces);
        }

        if (definitions.FirstOrDefault(d => !referred.Contains(d.Label, StringComparer.Ordinal)) is { Label: { } unreferred })
        {
            return new FootnoteProblem(FootnoteProblemKind.NoteNotReferred, unreferred);
        }

        return new FootnotedText(paragraphs, [.. referred.Select(label => notes[label])]);
    }

    /// <summary>The body's text without its references, its paragraphs joined by <paramref name="separator"/>.</summary>
    /// <param name="separator">What goes between two paragraphs.</param>
    /// <returns>The plain text.</returns>
    public string PlainText(string separator) =>
        string.Join(separator, Paragraphs.Select(static pieces => string.Concat(pieces.Select(static piece => piece.Text))));

    // The paragraphs and the notes, each its lines joined by a space; a note's line starts a block of its own.
    private static (List<string> Body, List<(string Label, string Text)> Notes) Blocks(string text)
    {
        var body = new List<string>();
        var notes = new List<(string, string)>();
        var block = new StringBuilder();
        string? label = null;
        foreach (var line in text.ReplaceLineEndings("\n").Split('\n'))
        {
            var trimmed = line.Trim();
            var definition = Definition().Match(trimmed);
            if (trimmed.Length == 0 || definition.Success)
            {
                End();
            }

            if (definition.Success)
            {
                label = definition.Groups[1].Value;
                trimmed = trimmed[definition.Length..].Trim();
            }

            if (trimmed.Length > 0)
            {
                block.Append(block.Length > 0 ? " " : string.Empty).Append(trimmed);
            }
        }

        End();
        return (body, notes);

        void End()
        {
            if (label is not null)
            {
                notes.Add((label, block.ToString()));
            }
            else if (block.Length > 0)
            {
                body.Add(block.ToString());
            }

            (label, block.Length) = (null, 0);
        }
    }

    [GeneratedRegex(@"^\[\^([^\]\[\^\s]+)\]:", RegexOptions.CultureInvariant)]
    private static partial Regex Definition();

    [GeneratedRegex(@"\[\^([^\]\[\^\s]+)\]", RegexOptions.CultureInvariant)]
    private static partial Regex Reference();
}
