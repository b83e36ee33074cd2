namespace KhanhHoa.Governance.Reporting;

// A piece of a SentenceTemplate: words (Text), or a placeholder (Placeholder, with the Element it names for "{value:code}").
internal sealed record SentencePiece(string? Text, string? Placeholder, string? Element);
