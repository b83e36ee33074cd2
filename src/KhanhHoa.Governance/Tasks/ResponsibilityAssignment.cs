using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Tasks;

/// <summary>One cell of the responsibility matrix: an agency's role in a task of a plan.</summary>
/// <param name="Plan">The plan.</param>
/// <param name="Task">The task.</param>
/// <param name="Agency">The agency, with the words that named it.</param>
/// <param name="Role">Lead or coordinating.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record ResponsibilityAssignment(Plan Plan, PlanTask Task, AgencyReference Agency, ResponsibilityRole Role);

/// <summary>One row of the workload table.</summary>
/// <param name="Agency">The agency.</param>
/// <param name="Leads">The number of tasks it leads.</param>
/// <param name="Coordinates">The number of tasks it coordinates.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record AgencyWorkload(Agency Agency, int Leads, int Coordinates);
