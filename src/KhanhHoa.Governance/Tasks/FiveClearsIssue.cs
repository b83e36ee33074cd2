namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// What a task leaves unclear under the "five clears" (rõ người, rõ việc, rõ thời gian, rõ kết quả, rõ trách
/// nhiệm) that plan 3433/KH-UBND, section I.2, and decision 954/QĐ-UBND, section I.5, demand.
/// </summary>
public enum FiveClearsIssue
{
    /// <summary>No lead agency is printed (unclear who, and who is accountable).</summary>
    NoLead,

    /// <summary>Several lead agencies share the task (accountability split).</summary>
    SeveralLeads,

    /// <summary>A lead is a collective ("các sở, ban, ngành") rather than a named agency.</summary>
    CollectiveLead,

    /// <summary>Part of the lead cell names no known agency.</summary>
    UnresolvedLead,

    /// <summary>No deadline, or nothing in the deadline text reads as a time.</summary>
    NoDeadline,

    /// <summary>The deadline has no end date: continuous, recurring, or set later by another body.</summary>
    VagueDeadline,

    /// <summary>No expected result or product is printed.</summary>
    NoExpectedResult,
}
