using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace KhanhHoa.Governance.Web.Tests.Fixtures;

/// <summary>
/// A throwaway PostgreSQL cluster from Debian's packages (<c>initdb</c>, <c>pg_ctl</c>) in a temp folder, on a free
/// loopback port, for one test run; run as the <c>postgres</c> user through <c>runuser</c> when the tests run as root
/// (initdb refuses root). When it cannot start, the tests that need it fail with the reason; they never skip.
/// </summary>
public sealed class PostgresCluster : IDisposable
{
    private readonly string root;
    private readonly string bin;
    private readonly string data;
    private readonly bool asRoot = Environment.UserName == "root";

    /// <summary>Creates and starts the cluster.</summary>
    public PostgresCluster()
    {
        bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(static d => Path.Combine(d, "bin")).Where(static d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(static d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), CultureInfo.InvariantCulture, out var v) ? v : 0).FirstOrDefault()
              ?? throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql/*/bin/initdb): run tests/run.sh, which installs it.")
            : throw new InvalidOperationException("PostgreSQL is not installed (no /usr/lib/postgresql): run tests/run.sh, which installs it.");
        root = Directory.CreateTempSubdirectory("kh-pg-").FullName;
        data = Path.Combine(root, "data");
        if (asRoot)
        {
            Run("chown", ["postgres:postgres", root]);
        }

        Port = FreePort();
        Run(Path.Combine(bin, "initdb"), ["-D", data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync", "--locale=C"], asPostgres: true);
        var options = string.Create(CultureInfo.InvariantCulture, $"-p {Port} -k {root} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200");
        Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-o", options, "-l", Path.Combine(root, "server.log"), "-w", "-t", "60", "start"], asPostgres: true);
    }

    /// <summary>The port it listens on (127.0.0.1).</summary>
    public int Port { get; }

    /// <summary>A connection string to a database of its own for each caller (created by the service's migrations).</summary>
    public string ConnectionString(string database) =>
        string.Create(CultureInfo.InvariantCulture, $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Maximum Pool Size=100");

    /// <inheritdoc />
    public void Dispose()
    {
        try
        {
            Run(Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "stop"], asPostgres: true);
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Run(string program, IReadOnlyList<string> arguments, bool asPostgres = false)
    {
        var start = new ProcessStartInfo(asPostgres && asRoot ? "runuser" : program) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = root };
        if (asPostgres && asRoot)
        {
            foreach (var a in (string[])["-u", "postgres", "--", program])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(root, "server.log");
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} exited {process.ExitCode}: {error} {output.Result}" + (File.Exists(log) ? File.ReadAllText(log) : string.Empty));
        }
    }
}
