namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// Turns a count the library reports (bytes read, dossiers written) into the fraction a progress bar shows; with no
/// known total (a pipe has no length) the bar stays empty until the step ends.
/// </summary>
internal sealed class FractionProgress(long total, IProgress<double> bar) : IProgress<long>
{
    public void Report(long value)
    {
        if (total > 0)
        {
            bar.Report(Math.Min(1.0, (double)value / total));
        }
    }
}
