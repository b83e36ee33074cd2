using System.Globalization;

namespace KhanhHoa.Governance.Benchmarks.Rollup;

/// <summary>
/// Two published builds of the sample host (say native AOT and ReadyToRun) as processes, paired and interleaved: the
/// default run (1,000,000 SYNTHETIC dossiers, five formats written) and a small run (1,000 dossiers, the JSON report on
/// standard output), where start-up is most of the time. <c>--host-startup</c> with <c>KHANHHOA_HOST</c> and
/// <c>KHANHHOA_BEFORE_HOST</c> naming the two executables; 7 rounds, or 2 with <c>--quick</c>.
/// </summary>
internal static class HostStartup
{
    public static int Run(bool quick)
    {
        var hosts = new[] { ("host", CsvIngestBenchmarks.SampleHost()), ("before", Environment.GetEnvironmentVariable("KHANHHOA_BEFORE_HOST") ?? throw new InvalidOperationException("KHANHHOA_BEFORE_HOST names the second build")) };
        var runs = new (string Name, string[] Arguments)[]
        {
            ("default run", ["rollup", "--quiet"]),
            ("small run", ["rollup", "--synthetic-count", "1000", "--format", "json"]),
        };
        var rounds = quick ? 2 : 7;
        var folder = Directory.CreateTempSubdirectory("khanhhoa-host-startup-").FullName;
        try
        {
            Console.WriteLine($"host {hosts[0].Item2}, before {hosts[1].Item2}; load {PairedRuns.Load()}");
            var times = new Dictionary<(string Run, string Host), List<double>>();
            for (var round = -1; round < rounds; round++)
            {
                foreach (var (name, arguments) in runs)
                {
                    foreach (var (label, host) in round % 2 == 0 ? hosts : hosts.Reverse())
                    {
                        var seconds = PairedRuns.Time(() => CsvIngestBenchmarks.RunHost(host, folder, arguments)).Wall;
                        if (round >= 0)
                        {
                            (times.TryGetValue((name, label), out var list) ? list : times[(name, label)] = []).Add(seconds);
                        }

                        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round + 1} {name} {label}: {seconds:F3} s"));
                    }
                }
            }

            foreach (var (name, _) in runs)
            {
                var (host, before) = (times[(name, "host")], times[(name, "before")]);
                var ratios = before.Zip(host, (b, h) => b / h).Order().ToList();
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{name}: host median {PairedRuns.Median(host):F3} s (range {host.Min():F3}–{host.Max():F3}), before median {PairedRuns.Median(before):F3} s (range {before.Min():F3}–{before.Max():F3}); before/host per pair median {PairedRuns.Median(ratios):F2}×"));
            }

            Console.WriteLine("load at the end " + PairedRuns.Load());
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
