using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Testing;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>Writes the SYNTHETIC dossier CSV (<see cref="SyntheticDossiers.WriteCsv"/>) with a progress bar.</summary>
internal static class SyntheticCsv
{
    /// <summary>
    /// The first receiving day of synthetic dossiers for months that start on <paramref name="firstDay"/>: a month
    /// earlier, so the first month already carries pending dossiers over, as a real month does.
    /// </summary>
    public static LocalDate WarmUpFrom(LocalDate firstDay) => firstDay.PlusMonths(-1);

    /// <summary>Writes <paramref name="count"/> dossiers to <paramref name="destination"/>, reporting progress.</summary>
    public static void Write(Stream destination, IReadOnlyList<string> units, LocalDate from, LocalDate to, int count, ulong seed, IProgress<double> progress) =>
        SyntheticDossiers.WriteCsv(destination, units, from, to, count, seed, progress: new FractionProgress(count, progress));
}
