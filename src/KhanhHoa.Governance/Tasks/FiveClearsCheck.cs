using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// Checks what a plan leaves unclear against the "five clears" (rõ người, rõ việc, rõ thời gian, rõ kết quả,
/// rõ trách nhiệm). Rows with sub-rows are group headings and are not checked: their sub-rows carry the assignment.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class FiveClearsCheck
{
    /// <summary>Runs the check on <paramref name="plan"/>.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>The findings and their summary.</returns>
    public static FiveClearsReport Run(Plan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var findings = new List<FiveClearsFinding>();
        var checkedTasks = 0;
        foreach (var task in plan.Tasks.Where(t => !plan.HasChildren(t)))
        {
            checkedTasks++;
            var leads = task.LeadAgencies.DistinctBy(static r => r.Agency.Code, StringComparer.Ordinal).ToList();
            if (leads.Count == 0)
            {
                findings.Add(new(task.Id, FiveClearsIssue.NoLead, task.Lead?.Text));
            }

            if (leads.Count > 1)
            {
                findings.Add(new(task.Id, FiveClearsIssue.SeveralLeads, task.Lead?.Text));
            }

            if (leads.Any(static r => r.Agency.IsCollective))
            {
                findings.Add(new(task.Id, FiveClearsIssue.CollectiveLead, task.Lead?.Text));
            }

            if (task.Lead is { IsFullyResolved: false } lead)
            {
                findings.Add(new(task.Id, FiveClearsIssue.UnresolvedLead, string.Join(" / ", lead.Unresolved)));
            }

            switch (task.Deadline?.Kind)
            {
                case null or DeadlineKind.Unspecified:
                    findings.Add(new(task.Id, FiveClearsIssue.NoDeadline, task.DeadlineText));
                    break;
                case DeadlineKind.Continuous or DeadlineKind.Recurring or DeadlineKind.External:
                    findings.Add(new(task.Id, FiveClearsIssue.VagueDeadline, task.DeadlineText));
                    break;
            }

            if (string.IsNullOrWhiteSpace(task.ExpectedResult))
            {
                findings.Add(new(task.Id, FiveClearsIssue.NoExpectedResult, null));
            }
        }

        return new FiveClearsReport(plan.Id, checkedTasks, findings);
    }
}
