namespace KhanhHoa.Governance.Reporting;

// How section I words one data element (a report template's "elements"): its sentence, whether it counts events (a 0 is
// "không phát sinh"), the sentence for a period with none, and a standing note printed as its footnote.
internal sealed record ReportTemplateElement
{
    public string? Sentence { get; init; }

    public bool EventCount { get; init; }

    public string? None { get; init; }

    public string? Footnote { get; init; }
}
