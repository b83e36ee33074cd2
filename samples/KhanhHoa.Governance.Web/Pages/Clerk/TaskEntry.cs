namespace KhanhHoa.Governance.Web.Pages.Clerk;

/// <summary>One task's row as typed in the page: the form's task columns, as text.</summary>
internal sealed class TaskEntry
{
    /// <summary>The plan's id.</summary>
    public string? Plan { get; set; }

    /// <summary>The task's id.</summary>
    public string? Task { get; set; }

    /// <summary>The status, as the form's list words it (<c>Hoàn thành</c>); blank: no report on the task.</summary>
    public string? Status { get; set; }

    /// <summary>The progress in percent.</summary>
    public string? Percent { get; set; }

    /// <summary>The completion day (<c>yyyy-MM-dd</c> from a date field, or <c>d/M/yyyy</c>).</summary>
    public string? CompletedOn { get; set; }

    /// <summary>The new due date of an extension.</summary>
    public string? NewDueDate { get; set; }

    /// <summary>The document that extended or cancelled the task.</summary>
    public string? Decision { get; set; }

    /// <summary>The product or evidence.</summary>
    public string? Evidence { get; set; }

    /// <summary>The unit's comment.</summary>
    public string? Comment { get; set; }
}
