namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>The exit codes a calling system can rely on.</summary>
internal static class ExitCodes
{
    /// <summary>The command did what it was asked.</summary>
    public const int Success = 0;

    /// <summary>An input file was malformed or inconsistent; nothing was written.</summary>
    public const int BadInput = 1;

    /// <summary>The command line itself was wrong: unknown verb, missing or invalid option.</summary>
    public const int BadUsage = 2;
}
