namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// A failure the host reports as one sentence on standard error with a documented exit code,
/// instead of a stack trace.
/// </summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    /// <summary>The process exit code: <see cref="ExitCodes.BadInput"/>, <see cref="ExitCodes.BadUsage"/> or <see cref="ExitCodes.OutputFailed"/>.</summary>
    public int ExitCode { get; } = exitCode;

    /// <summary>Bad input data: the message names the file, line and field.</summary>
    public static CliException BadInput(string message) => new(ExitCodes.BadInput, message);

    /// <summary>Bad usage: the message names the option and what it accepts.</summary>
    public static CliException BadUsage(string message) => new(ExitCodes.BadUsage, message);
}
