using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace KhanhHoa.Governance.Benchmarks;

/// <summary>
/// Entry point. <c>--quick</c> runs every benchmark with a minimal job (one launch, few iterations)
/// so that CI can prove the suites still run; <c>--host-vs-duckdb</c> runs the paired process loop of
/// <see cref="Rollup.HostVersusDuckDb"/> instead, <c>--host-startup</c> that of <see cref="Rollup.HostStartup"/>; all other arguments go to BenchmarkDotNet.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/>.</summary>
    public static int Main(string[] args)
    {
        var quick = args.Contains("--quick");
        if (args.Contains("--host-vs-duckdb"))
        {
            return Rollup.HostVersusDuckDb.Run(quick);
        }

        if (args.Contains("--host-startup"))
        {
            return Rollup.HostStartup.Run(quick);
        }

        var rest = args.Where(a => a != "--quick").ToArray();
        IConfig config = DefaultConfig.Instance;
        if (quick)
        {
            config = config.AddJob(Job.Dry.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Quick"));
            // Every suite unless a filter is given: other options (--artifacts …) must not turn the run into a prompt
            // that, with no one to answer it, runs nothing.
            if (!rest.Contains("--filter"))
            {
                rest = [.. rest, "--filter", "*"];
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config).ToList();

        // A run that measured nothing (no benchmark matched, or nobody answered the prompt) is a failure, not a pass.
        return summaries.Count == 0 || summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Length == 0 || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
