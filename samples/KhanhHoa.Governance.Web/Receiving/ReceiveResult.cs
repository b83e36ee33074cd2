using KhanhHoa.Governance.Web.Storage;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>What became of a file: the stored version (accepted or rejected), or a refusal before anything was stored.</summary>
internal sealed record ReceiveResult(SubmissionVersion? Version, IReadOnlyList<string> Errors, bool Forbidden)
{
    /// <summary>Whether the desk accepted it.</summary>
    public bool Accepted => Version?.Outcome == Outcomes.Accepted;
}
