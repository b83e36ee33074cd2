using System.Diagnostics;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>What the paired process loops (<see cref="HostVersusDuckDb"/>, <see cref="HostStartup"/>) share: a timed run, a median, the load.</summary>
internal static class PairedRuns
{
    public static double Time(Func<int> run)
    {
        var clock = Stopwatch.StartNew();
        run();
        return clock.Elapsed.TotalSeconds;
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The machine's load average (the machine is shared: every figure is quoted with it).</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
