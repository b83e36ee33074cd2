using System.CommandLine;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// Parses the command line and runs the chosen verb, turning every failure into the documented
/// exit code and one sentence on standard error.
/// </summary>
internal static class CommandRunner
{
    /// <summary>Runs <paramref name="args"/> against <paramref name="root"/>.</summary>
    public static int Run(RootCommand root, string[] args, Terminal terminal)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var error in parsed.Errors)
            {
                terminal.Error.WriteLine($"error: {error.Message}");
            }

            terminal.Error.WriteLine("Run with --help to see the verbs and their options.");
            return ExitCodes.BadUsage;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = terminal.Output, Error = terminal.Error, EnableDefaultExceptionHandler = false });
        }
        catch (CliException failure)
        {
            terminal.Error.WriteLine($"error: {failure.Message}");
            return failure.ExitCode;
        }
        catch (IOException failure)
        {
            terminal.Error.WriteLine($"error: {failure.Message}");
            return ExitCodes.BadInput;
        }
        catch (UnauthorizedAccessException failure)
        {
            terminal.Error.WriteLine($"error: {failure.Message}");
            return ExitCodes.BadInput;
        }
    }
}
