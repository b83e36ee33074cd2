using System.Diagnostics;
using KhanhHoa.Governance.Sample;
using KhanhHoa.Governance.Sample.Cli;

namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>What one run of the sample host printed and returned.</summary>
internal sealed record SampleRun(int ExitCode, string Output, string Error)
{
    /// <summary>Runs the host in this process with captured, non-interactive output.</summary>
    public static SampleRun InProcess(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = SampleHost.Run(args, new Terminal(output, error, interactive: false));
        return new SampleRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built host as a child process, output going to pipes, as another system calls it.</summary>
    public static SampleRun AsProcess(string workingDirectory, params string[] args) => AsProcess(workingDirectory, null, args);

    /// <summary>Runs the built host as a child process with <paramref name="standardInput"/> piped to it (none when null).</summary>
    public static SampleRun AsProcess(string workingDirectory, byte[]? standardInput, params string[] args)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "khanhhoa-governance.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = standardInput is not null,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(host);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (standardInput is not null)
        {
            process.StandardInput.BaseStream.Write(standardInput);
            process.StandardInput.Close();
        }

        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"sample host did not finish: {string.Join(' ', args)}");
        }

        return new SampleRun(process.ExitCode, output.Result, error.Result);
    }
}
