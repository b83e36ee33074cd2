using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>One overdue task as an executing unit sees it.</summary>
internal sealed record OverdueTask(string Unit, Plan Plan, PlanTask Task, TaskStatusResult Status);
