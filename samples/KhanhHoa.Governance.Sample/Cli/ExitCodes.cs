namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>The exit codes a calling system can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>
    /// An input file was malformed, inconsistent or missing; nothing was written. Submission files are the exception:
    /// each is accepted or rejected on its own, so a report of the accepted ones is still written, then the exit is 1.
    /// </summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong: unknown verb, missing or invalid option.</summary>
    public const int BadUsage = 2;

    /// <summary>The output could not be written (a target is a folder or not writable, or another run kept the folder busy); what was there is left as it was.</summary>
    public const int OutputFailed = 3;

    /// <summary>A defect in the host itself: one sentence naming the exception, no stack trace. Please report it.</summary>
    public const int InternalError = 70;
}
