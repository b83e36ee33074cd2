using System.Collections.Concurrent;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>
/// The accepted versions already read back from their stored bytes, by version key: a version never changes, so it is
/// read once per process whatever the number of status pages shown.
/// </summary>
internal sealed class ParsedSubmissions
{
    private readonly ConcurrentDictionary<long, CheckedSubmission> byVersion = new();

    /// <summary>The cached reading of version <paramref name="id"/>, if any.</summary>
    public bool TryGet(long id, out CheckedSubmission? submission) => byVersion.TryGetValue(id, out submission);

    /// <summary>Keeps the reading of version <paramref name="id"/>.</summary>
    public void Keep(long id, CheckedSubmission submission) => byVersion.TryAdd(id, submission);
}
