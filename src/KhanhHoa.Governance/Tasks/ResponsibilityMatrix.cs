using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Tasks;

/// <summary>
/// Agency × task → role over one or more plans, with the questions a steering committee asks: what does an agency
/// lead or support, what is overdue per agency, the workload table, and which tasks have several leads or only a
/// collective lead. Group headings (rows with sub-rows) are left out.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class ResponsibilityMatrix
{
    /// <summary>Builds the matrix of <paramref name="plans"/>.</summary>
    /// <param name="plans">The plans.</param>
    public ResponsibilityMatrix(IEnumerable<Plan> plans)
    {
        ArgumentNullException.ThrowIfNull(plans);
        var assignments = new List<ResponsibilityAssignment>();
        foreach (var plan in plans)
        {
            foreach (var task in plan.Tasks.Where(t => !plan.HasChildren(t)))
            {
                assignments.AddRange(Distinct(task.LeadAgencies).Select(a => new ResponsibilityAssignment(plan, task, a, ResponsibilityRole.Lead)));
                assignments.AddRange(Distinct(task.CoordinatingAgencies).Select(a => new ResponsibilityAssignment(plan, task, a, ResponsibilityRole.Coordinating)));
            }
        }

        Assignments = assignments;
    }

    /// <summary>Every (plan, task, agency, role), in plan and task order.</summary>
    public IReadOnlyList<ResponsibilityAssignment> Assignments { get; }

    /// <summary>The tasks <paramref name="agencyCode"/> leads.</summary>
    /// <param name="agencyCode">An agency code, e.g. <c>SO_KHCN</c>.</param>
    /// <returns>The assignments.</returns>
    public IEnumerable<ResponsibilityAssignment> LeadOf(string agencyCode) => Of(agencyCode, ResponsibilityRole.Lead);

    /// <summary>The tasks <paramref name="agencyCode"/> supports as coordinating agency.</summary>
    /// <param name="agencyCode">An agency code.</param>
    /// <returns>The assignments.</returns>
    public IEnumerable<ResponsibilityAssignment> SupportOf(string agencyCode) => Of(agencyCode, ResponsibilityRole.Coordinating);

    /// <summary>The number of tasks each agency leads and coordinates, most leads first, then by code.</summary>
    /// <returns>The workload table.</returns>
    public IReadOnlyList<AgencyWorkload> Workload() =>
        Assignments.GroupBy(static a => a.Agency.Agency.Code, StringComparer.Ordinal)
            .Select(static g => new AgencyWorkload(g.First().Agency.Agency, g.Count(static a => a.Role == ResponsibilityRole.Lead), g.Count(static a => a.Role == ResponsibilityRole.Coordinating)))
            .OrderByDescending(static w => w.Leads).ThenByDescending(static w => w.Coordinates).ThenBy(static w => w.Agency.Code, StringComparer.Ordinal)
            .ToList();

    /// <summary>The tasks that name more than one lead agency.</summary>
    /// <returns>(plan, task) pairs.</returns>
    public IEnumerable<(Plan Plan, PlanTask Task)> TasksWithSeveralLeads() =>
        LeadGroups().Where(static g => g.Count() > 1).Select(static g => g.Key);

    /// <summary>The tasks whose only leads are collectives ("các sở, ban, ngành" …), so no named agency is accountable.</summary>
    /// <returns>(plan, task) pairs.</returns>
    public IEnumerable<(Plan Plan, PlanTask Task)> TasksWithOnlyCollectiveLead() =>
        LeadGroups().Where(static g => g.All(static a => a.Agency.Agency.IsCollective)).Select(static g => g.Key);

    /// <summary>The overdue tasks of each lead agency, given the tasks' statuses.</summary>
    /// <param name="statuses">Status by (plan id, task id).</param>
    /// <returns>Agency code → the assignments whose task is <see cref="PlanTaskStatus.Overdue"/>; agencies with none are left out.</returns>
    public IReadOnlyDictionary<string, IReadOnlyList<ResponsibilityAssignment>> OverdueByAgency(IReadOnlyDictionary<(string PlanId, string TaskId), PlanTaskStatus> statuses)
    {
        ArgumentNullException.ThrowIfNull(statuses);
        return Assignments
            .Where(a => a.Role == ResponsibilityRole.Lead && statuses.TryGetValue((a.Plan.Id, a.Task.Id), out var s) && s == PlanTaskStatus.Overdue)
            .GroupBy(static a => a.Agency.Agency.Code, StringComparer.Ordinal)
            .ToDictionary(static g => g.Key, static g => (IReadOnlyList<ResponsibilityAssignment>)g.ToList(), StringComparer.Ordinal);
    }

    private IEnumerable<ResponsibilityAssignment> Of(string agencyCode, ResponsibilityRole role) =>
        Assignments.Where(a => a.Role == role && a.Agency.Agency.Code == agencyCode);

    private IEnumerable<IGrouping<(Plan Plan, PlanTask Task), ResponsibilityAssignment>> LeadGroups() =>
        Assignments.Where(static a => a.Role == ResponsibilityRole.Lead).GroupBy(static a => (a.Plan, a.Task));

    private static IEnumerable<AgencyReference> Distinct(IEnumerable<AgencyReference> references) =>
        references.DistinctBy(static r => r.Agency.Code, StringComparer.Ordinal);
}
