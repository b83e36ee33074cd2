using System.Diagnostics;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>What the paired process loops (<see cref="HostVersusDuckDb"/>, <see cref="HostStartup"/>) share: a timed run, a median, the load.</summary>
internal static class PairedRuns
{
    /// <summary>
    /// Runs <paramref name="run"/>: its wall time, and the CPU time this process and the children it waited for spent
    /// meanwhile (Linux; NaN elsewhere). On a machine shared with other jobs the wall time is mostly the scheduler's
    /// share; the CPU time is the work done.
    /// </summary>
    public static (double Wall, double Cpu) Time(Func<int> run)
    {
        var cpu = CpuSeconds();
        var clock = Stopwatch.StartNew();
        run();
        return (clock.Elapsed.TotalSeconds, CpuSeconds() - cpu);
    }

    // This process's CPU time and that of its reaped children (cutime and cstime, fields 16 and 17 of /proc/self/stat,
    // in clock ticks of 1/100 s).
    private static double CpuSeconds()
    {
        if (!File.Exists("/proc/self/stat"))
        {
            return double.NaN;
        }

        var stat = File.ReadAllText("/proc/self/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var children = long.Parse(fields[13], System.Globalization.CultureInfo.InvariantCulture) + long.Parse(fields[14], System.Globalization.CultureInfo.InvariantCulture);
        return Process.GetCurrentProcess().TotalProcessorTime.TotalSeconds + (children / 100.0);
    }

    public static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>The machine's load average (the machine is shared: every figure is quoted with it).</summary>
    public static string Load() => File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
}
