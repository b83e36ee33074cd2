using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>
/// The core's judgement of a target in words ("Có nguy cơ không đạt (dự báo đến hạn: 66,5%)", "Theo dõi") with the
/// status it states, so that a writer can mark it (a symbol and a colour) as well as print it. Only a review carries
/// judgements.
/// </summary>
/// <param name="Text">The judgement as printed.</param>
/// <param name="Status">The core's status; <see langword="null"/> for a row without a target (only monitored).</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record StatusRun(string Text, TargetStatus? Status) : DocumentInline
{
    /// <inheritdoc />
    public override string Text { get; } = Text;
}
