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
        return Of(unit.Code, unit.Kind);
    }

    /// <summary>The tasks an agency carries, lead and coordinating, in plan and task order: those that name it, and, when it is an org unit, a collective's of its kind.</summary>
    /// <param name="code">The agency's (or unit's) code.</param>
    /// <param name="kind">The kind of the org unit of that code, or <see langword="null"/> when the agency is not a unit (a ministry, a collective).</param>
    /// <returns>The assignments.</returns>
    public IReadOnlyList<ResponsibilityAssignment> Of(string code, OrgUnitKind? kind)
    {
        ArgumentNullException.ThrowIfNull(code);
        return [.. matrix.Assignments.Where(a => Covers(a, code, kind))];
    }

    /// <summary>
    /// The tasks an agency must report on, once each under its strongest role (a task that reaches it by name and through a
    /// collective, or as lead and coordinating, counts once, as lead), in plan and task order; group headings are left out.
    /// The forms, the responsibility matrix and the reporting rates all ask this.
    /// </summary>
    /// <param name="code">The agency's (or unit's) code.</param>
    /// <param name="kind">The kind of the org unit of that code, or <see langword="null"/>.</param>
    /// <param name="planId">Only this plan's tasks, or <see langword="null"/> for every plan.</param>
    /// <returns>One assignment per (plan, task).</returns>
    public IReadOnlyList<ResponsibilityAssignment> TasksOf(string code, OrgUnitKind? kind, string? planId = null) =>
        [.. Of(code, kind)
            .Where(a => planId is null || a.Plan.Id == planId)
            .GroupBy(static a => (a.Plan.Id, a.Task.Id))
            .Select(static g => g.MinBy(static a => a.Role)!)];

    /// <summary>
    /// The units that must send <paramref name="dataSet"/>: the owners of its figures (<see cref="DataSet.ReportersOn"/>) and,
    /// for a plan's progress, every unit that carries one of the plan's tasks (a sector branch that leads a task reports on it).
    /// </summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="tree">The hierarchy valid on the period's last day.</param>
    /// <returns>The unit codes, ordinal order.</returns>
    public IReadOnlyList<string> Reporters(DataSet dataSet, OrgTree tree)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(tree);
        return [.. tree.Units.Where(u => MustReport(dataSet, u)).Select(static u => u.Code).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="unit"/> must send <paramref name="dataSet"/> (<see cref="Reporters"/>, for one unit).</summary>
    /// <param name="dataSet">The data set.</param>
    /// <param name="unit">A unit.</param>
    /// <returns><see langword="true"/> when it owns a figure of it, is one of its reporters, or carries a task of its plan.</returns>
    public bool MustReport(DataSet dataSet, OrgUnit unit)
    {
        ArgumentNullException.ThrowIfNull(dataSet);
        ArgumentNullException.ThrowIfNull(unit);
        return dataSet.IsReportedBy(unit.Code, unit.Kind)
            || (dataSet.PlanId is { } planId && matrix.Assignments.Any(a => a.Plan.Id == planId && Covers(a, unit.Code, unit.Kind)));
    }

    /// <summary>The role <paramref name="unit"/> has in a task, lead before coordinating, or <see langword="null"/> when it has none.</summary>
    /// <param name="unit">An org unit.</param>
    /// <param name="planId">The plan's id.</param>
    /// <param name="taskId">The task's id.</param>
    /// <returns>The role.</returns>
    public ResponsibilityRole? RoleOf(OrgUnit unit, string planId, string taskId)
    {
        ArgumentNullException.ThrowIfNull(unit);
        var roles = byTask[(planId, taskId)].Where(a => Covers(a, unit.Code, unit.Kind)).Select(static a => a.Role).ToList();
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
        return [.. tree.Units.Where(u => leads.Any(a => Covers(a, u.Code, u.Kind))).Select(static u => u.Code).Order(StringComparer.Ordinal)];
    }

    // The one assignment rule: an agency carries a task that names it, or names a collective of its kind of unit.
    private bool Covers(ResponsibilityAssignment assignment, string code, OrgUnitKind? kind)
    {
        var agency = assignment.Agency.Agency;
        return agency.Code == code
            || (agency.IsCollective && kind is { } k && collectives.TryGetValue(agency.Code, out var kinds) && kinds.Contains(k));
    }
}
