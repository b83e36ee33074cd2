namespace KhanhHoa.Governance.Submissions;

/// <summary>A difficulty or proposal a unit raises (khó khăn, vướng mắc, đề xuất, kiến nghị).</summary>
/// <param name="Topic">What it is about, in a few words.</param>
/// <param name="Text">The difficulty or proposal as the unit wrote it.</param>
/// <param name="AddressedTo">Whom it asks to act (a unit code or a body's name), or <see langword="null"/>.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record Difficulty(string Topic, string Text, string? AddressedTo = null)
{
    /// <summary>
    /// Whether the unit marks it as unchanged since its previous period ("Không thay đổi so với các kỳ báo cáo trước"):
    /// the problem persists. Its <see cref="Text"/> may then be empty, and the text of the same topic in the unit's earlier
    /// submission stands (<see cref="SubmissionRegister.Difficulties"/>).
    /// </summary>
    public bool CarriedOver { get; init; }
}
