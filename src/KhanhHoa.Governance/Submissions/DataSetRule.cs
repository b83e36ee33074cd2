using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Submissions;

/// <summary>A consistency rule a data set runs at entry; a blocking rule's violation rejects the submission, any other is a finding.</summary>
/// <param name="Rule">The rule over the data set's element codes.</param>
/// <param name="Blocking">Whether a violation rejects the submission (DHIS2 separates validation from import; so does this).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DataSetRule(ConsistencyRule Rule, bool Blocking);
