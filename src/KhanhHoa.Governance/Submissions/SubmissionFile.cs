namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// One file as a receiver got it: its name, its bytes, when it arrived and, when the receiver knows it, the unit it was
/// sent as (a clerk's account). The receiver's time is what the desk trusts; the time written in the file is kept as
/// declared (<see cref="Submission.SubmittedAt"/>).
/// </summary>
/// <param name="Name">The file's name or path (errors carry it as their source).</param>
/// <param name="Content">The file's bytes.</param>
/// <threadsafety>Immutable; safe to share between threads while nobody writes to <paramref name="Content"/>'s memory.</threadsafety>
public sealed record SubmissionFile(string Name, ReadOnlyMemory<byte> Content)
{
    /// <summary>When the receiver got the file (the host's clock, or the file's arrival in a folder), local time; <see langword="null"/> when not known.</summary>
    public LocalDateTime? ReceivedAt { get; init; }

    /// <summary>The unit the file was sent as (a clerk's unit), or <see langword="null"/>: then a CSV file is sent as the unit of its first row.</summary>
    public string? SentAs { get; init; }
}
