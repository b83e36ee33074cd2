using System.Collections.Concurrent;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>
/// The versions already read back from their stored bytes, by version key: a version never changes, so it is read once
/// per process whatever the number of status pages shown. A version the desk no longer accepts on reading (the province's
/// data changed since it was received) is kept as such, so it is not read again on every page either.
/// </summary>
internal sealed class ParsedSubmissions
{
    private readonly ConcurrentDictionary<long, CheckedSubmission?> byVersion = new();

    /// <summary>Whether version <paramref name="id"/> was read; <paramref name="submission"/> is its accepted reading, or <see langword="null"/> when the desk refused it.</summary>
    public bool TryGet(long id, out CheckedSubmission? submission) => byVersion.TryGetValue(id, out submission);

    /// <summary>Keeps the reading of version <paramref name="id"/>: the accepted submission, or <see langword="null"/> when refused.</summary>
    public void Keep(long id, CheckedSubmission? submission) => byVersion.TryAdd(id, submission);
}
