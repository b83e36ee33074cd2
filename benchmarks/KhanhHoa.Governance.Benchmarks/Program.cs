using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace KhanhHoa.Governance.Benchmarks;

/// <summary>
/// Entry point. <c>--quick</c> runs every benchmark with a minimal job (one launch, few iterations)
/// so that CI can prove the suites still run; all other arguments go to BenchmarkDotNet.
/// </summary>
public static class Program
{
    /// <summary>Runs the benchmarks selected by <paramref name="args"/>.</summary>
    public static int Main(string[] args)
    {
        var quick = args.Contains("--quick");
        var rest = args.Where(a => a != "--quick").ToArray();
        IConfig config = DefaultConfig.Instance;
        if (quick)
        {
            config = config.AddJob(Job.Dry.WithLaunchCount(1).WithWarmupCount(1).WithIterationCount(3).WithId("Quick"));
            if (rest.Length == 0)
            {
                rest = ["--filter", "*"];
            }
        }

        var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(rest, config);
        return summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success)) ? 1 : 0;
    }
}
