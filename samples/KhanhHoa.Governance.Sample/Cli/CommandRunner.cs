using System.CommandLine;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// Parses the command line and runs the chosen verb, turning every failure into the documented
/// exit code and one sentence on standard error.
/// </summary>
internal static class CommandRunner
{
    /// <summary>The usage line of the command the parser stopped at, naming its arguments.</summary>
    private static string Usage(Command command)
    {
        var path = new List<string>();
        for (var current = command; current is not null and not RootCommand; current = current.Parents.OfType<Command>().FirstOrDefault())
        {
            path.Insert(0, current.Name);
        }

        var arguments = string.Concat(command.Arguments.Select(a => a.Arity.MinimumNumberOfValues == 0 ? $" [<{a.Name}>]" : $" <{a.Name}>"));
        var verb = string.Join(' ', path);
        return path.Count == 0
            ? "Usage: khanhhoa-governance <verb> [options]; run with --help to see the verbs."
            : $"Usage: khanhhoa-governance {verb}{arguments} [options]; run '{verb} --help' for details.";
    }

    // At the root the parser says "Required command was not provided." beside "Unrecognized command or argument";
    // the host names the verb it did not know, or asks for one, and lists the verbs. Elsewhere each error is one line.
    private static IEnumerable<string> Messages(ParseResult parsed)
    {
        if (parsed.CommandResult.Command is not RootCommand root)
        {
            // One sentence per error: the parser lists the accepted words of an option one per line.
            return parsed.Errors.Select(static error => OneLine(error.Message));
        }

        var verbs = string.Join(", ", root.Subcommands.Select(static verb => verb.Name));
        return parsed.UnmatchedTokens.Count > 0
            ? [$"'{parsed.UnmatchedTokens[0]}' is not a verb of khanhhoa-governance (the verbs: {verbs})."]
            : [$"a verb is required (the verbs: {verbs})."];
    }

    private static string OneLine(string message)
    {
        var line = string.Join(' ', message.Split((char[])['\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        return line.EndsWith('.') ? line : line + ".";
    }

    /// <summary>Runs <paramref name="args"/> against <paramref name="root"/>.</summary>
    public static int Run(RootCommand root, string[] args, Terminal terminal)
    {
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var message in Messages(parsed))
            {
                terminal.Error.WriteLine($"error: {message}");
            }

            terminal.Error.WriteLine(Usage(parsed.CommandResult.Command));
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
        catch (Terminal.OutputException failure)
        {
            // Standard output could not take the result (a full disk, a closed pipe): an output failure, not bad input.
            terminal.Error.WriteLine($"error: standard output: {failure.InnerException!.Message.TrimEnd('.')}.");
            return ExitCodes.OutputFailed;
        }
        catch (Exception failure) when (failure is IOException or UnauthorizedAccessException)
        {
            // Reading failed midway (a pipe closed, a disk error): input trouble, nothing was written.
            terminal.Error.WriteLine($"error: {failure.Message.TrimEnd('.')}.");
            return ExitCodes.BadInput;
        }
        catch (Exception failure)
        {
            // Every expected failure is a CliException; anything else is a defect, still reported as one sentence.
            terminal.Error.WriteLine($"error: internal error ({failure.GetType().Name}: {failure.Message.TrimEnd('.')}); please report it with the command line.");
            return ExitCodes.InternalError;
        }
    }
}
