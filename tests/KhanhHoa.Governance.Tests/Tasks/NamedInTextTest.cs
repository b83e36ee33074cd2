using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Tests.Tasks;

// A task that prints no lead line but names its actors in its text: letter UBND-KGVX item 1.4 charges the communes'
// one-stop centres and the Provincial People's Committee Office in its own sentence. The plans keep it without a lead
// (as printed) and say which agencies the text names; a task with a lead never gets them.
public sealed class NamedInTextTest
{
    private static readonly Plan Letter = GovernanceData.Default.FindPlan("UBND-KGVX-2025-08")!;

    [Fact]
    public void A_task_without_a_lead_names_the_agencies_its_text_charges()
    {
        var task = Letter.Find("1.4")!;

        Assert.Null(task.Lead);
        Assert.Empty(task.LeadAgencies);
        Assert.Equal(["COMMUNE_PCS", "VP_UBND"], task.NamedInText!.References.Select(static r => r.Agency.Code).Distinct().Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_task_with_a_lead_or_a_text_naming_nobody_has_none()
    {
        Assert.All(GovernanceData.Default.Plans.SelectMany(static p => p.Tasks).Where(static t => t.Lead is not null), static t => Assert.Null(t.NamedInText));
        Assert.Null(Letter.Find("1")!.NamedInText); // "Về cải cách thủ tục hành chính (TTHC)": a heading naming no agency
    }
}
