namespace KhanhHoa.Governance.Web.Drafting;

/// <summary>One dossier export being read and rolled up: how far it is, then the upload stored or the errors.</summary>
internal sealed class DossierJob(string periodId)
{
    private long progressBits;

    /// <summary>The month.</summary>
    public string PeriodId { get; } = periodId;

    /// <summary>How far, 0 to 1.</summary>
    public double Progress => BitConverter.Int64BitsToDouble(Interlocked.Read(ref progressBits));

    /// <summary>Whether it has ended (stored, rejected or failed).</summary>
    public bool Done { get; private set; }

    /// <summary>The stored upload's key once done (also when the file was rejected: the row keeps its errors).</summary>
    public long? UploadId { get; private set; }

    /// <summary>The errors, in Vietnamese with their place; empty when the rollup was stored.</summary>
    public IReadOnlyList<string> Errors { get; private set; } = [];

    /// <summary>The work, for a caller that waits.</summary>
    public Task Completion { get; set; } = Task.CompletedTask;

    /// <summary>Moves the indicator (never back).</summary>
    public void Report(double fraction)
    {
        var clamped = Math.Clamp(fraction, 0, 1);
        if (clamped > Progress)
        {
            Interlocked.Exchange(ref progressBits, BitConverter.DoubleToInt64Bits(clamped));
        }
    }

    /// <summary>Ends the job.</summary>
    public void Finish(long? uploadId, IReadOnlyList<string> errors)
    {
        UploadId = uploadId;
        Errors = errors;
        Report(1);
        Done = true;
    }
}
