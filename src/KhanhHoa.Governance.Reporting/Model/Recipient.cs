namespace KhanhHoa.Governance.Reporting;

/// <summary>One line of the "Nơi nhận" block: a recipient and, in brackets, why it receives the report.</summary>
/// <param name="Name">The recipient, e.g. "Văn phòng Chính phủ".</param>
/// <param name="Purpose">The purpose, e.g. "báo cáo"; <see langword="null"/> when none is printed.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Recipient(string Name, string? Purpose = null)
{
    /// <summary>The line as printed without its dash and final punctuation: "Văn phòng Chính phủ (báo cáo)".</summary>
    public string Text => Purpose is null ? Name : $"{Name} ({Purpose})";
}
