using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// Which org units carry which plan tasks: a task's lead and coordinating agencies from the plans' responsibility
/// matrix, each named agency being the unit of the same code, each collective ("Các sở, ngành, địa phương") every unit
/// of the kinds <see cref="DataSetCatalog.Collectives"/> maps it to.
/// </summary>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class TaskAssignments
{
    private readonly ResponsibilityMatrix matrix;
    private readonly IReadOnlyDictionary<string, IReadOnlyList<OrgUnitKind>> collectives;
    private readonly ILookup<(string PlanId, string TaskId), ResponsibilityAssignment> byTask;

    /// <summary>Builds the assignments of <paramref name="matrix"/>.</summary>
    /// <param name="matrix">The plans' responsibility matrix.</param>
    /// <param name="collectives">Collective agency code → the org-unit kinds it stands for.</param>
    public TaskAssignments(ResponsibilityMatrix matrix, IReadOnlyDictionary<string, IReadOnlyList<OrgUnitKind>> collectives)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(collectives);
        this.matrix = matrix;
        this.collectives = collectives;
        byTask = matrix.Assignments.ToLookup(static a => (a.Plan.Id, a.Task.Id));
    }

    /// <summary>The tasks <paramref name="unit"/> carries, lead and coordinating, in plan and task order.</summary>
    /// <param name="unit">An org unit.</param>
    /// <returns>The assignments (a collective's, for a unit of a kind it stands for).</returns>
    public IReadOnlyList<ResponsibilityAssignment> Of(OrgUnit unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return [.. matrix.Assignments.Where(a => Covers(a, unit))];
    }

    /// <summary>The role <paramref name="unit"/> has in a task, lead before coordinating, or <see langword="null"/> when it has none.</summary>
    /// <param name="unit">An org unit.</param>
    /// <param name="planId">The plan's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <returns>The role.</returns>
    public ResponsibilityRole? RoleOf(OrgUnit unit, string planId, string taskId)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var roles = byTask[(planId, taskId)].Where(a => Covers(a, unit)).Select(static a => a.Role).ToList();
        return roles.Count == 0 ? null : roles.Min();
    }

    /// <summary>The units that lead a task on a day's tree (the executing units whose progress decides the task's status).</summary>
    /// <param name="planId">The plan's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <param name="tree">The hierarchy valid that day.</param>
    /// <returns>The unit codes, ordinal order.</returns>
    public IReadOnlyList<string> LeadUnits(string planId, string taskId, OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(tree);
        var leads = byTask[(planId, taskId)].Where(static a => a.Role == ResponsibilityRole.Lead).ToList();
        return [.. tree.Units.Where(u => leads.Any(a => Covers(a, u))).Select(static u => u.Code).Order(StringComparer.Ordinal)];
    }

    private bool Covers(ResponsibilityAssignment assignment, OrgUnit unit)
    {
        var agency = assignment.Agency.Agency;
        return agency.Code == unit.Code
            || (agency.IsCollective && unit.Kind is { } kind && collectives.TryGetValue(agency.Code, out var kinds) && kinds.Contains(kind));
    }
}
