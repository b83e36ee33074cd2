using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Testing;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>Writes the SYNTHETIC dossier CSV (<see cref="SyntheticDossiers.WriteCsv"/>) with a progress bar.</summary>
internal static class SyntheticCsv
{
    private const int Sample = 2000;

    /// <summary>
    /// The first receiving day of synthetic dossiers for months that start on <paramref name="firstDay"/>: a month
    /// earlier, so the first month already carries pending dossiers over, as a real month does.
    /// </summary>
    public static LocalDate WarmUpFrom(LocalDate firstDay) => firstDay.PlusMonths(-1);

    /// <summary>Writes <paramref name="count"/> dossiers to <paramref name="destination"/>, reporting progress.</summary>
    public static void Write(Stream destination, IReadOnlyList<string> units, LocalDate from, LocalDate to, int count, ulong seed, IProgress<double> progress)
    {
        var expected = EstimateBytes(units, from, to, count, seed);
        SyntheticDossiers.WriteCsv(new ProgressStream(destination, expected, progress), units, from, to, count, seed);
    }

    // The generator writes rows of nearly constant length, so a small sample sizes the whole file for the progress bar.
    private static long EstimateBytes(IReadOnlyList<string> units, LocalDate from, LocalDate to, int count, ulong seed)
    {
        using var sample = new MemoryStream();
        SyntheticDossiers.WriteCsv(sample, units, from, to, Math.Min(Sample, count), seed);
        return count <= Sample ? sample.Length : sample.Length * count / Sample;
    }
}
