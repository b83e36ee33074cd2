namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>An upload as read: the file's name and bytes, the fields sent before it, or the status and problem of a refusal.</summary>
internal sealed record Upload(string? FileName, byte[]? Content, IReadOnlyDictionary<string, string> Fields, int Status, string? Problem)
{
    /// <summary>A refusal.</summary>
    public static Upload Refused(int status, IReadOnlyDictionary<string, string> fields, string problem) => new(null, null, fields, status, problem);
}
