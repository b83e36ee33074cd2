using System.CommandLine;
using KhanhHoa.Governance.Data;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// <c>--plans FILE.json|DIR</c>, which every verb that uses plans accepts: a host's own plans (a plans file, or a folder
/// holding <c>plans.json</c>) replace the embedded ones, resolved through the embedded agencies.
/// </summary>
internal static class HostPlans
{
    /// <summary>The option; recursive, so <c>plan</c>'s sub-verbs accept it too.</summary>
    public static readonly Option<string?> Option = new("--plans")
    {
        Description = "A plans file (the format 'plan import --out' writes, schemas/plans.v1.schema.json) or a folder holding plans.json; replaces the embedded plans.",
        HelpName = "FILE.json|DIR",
        Recursive = true,
    };

    /// <summary>The data the verb works on: the container's, with the host's plans when <c>--plans</c> was given.</summary>
    /// <exception cref="CliException">The file is missing or does not load (bad input, with every error).</exception>
    public static GovernanceData Data(ParseResult parsed, IServiceProvider services, Terminal terminal)
    {
        var data = services.GetRequiredService<GovernanceData>();
        if (parsed.GetValue(Option) is not { } path)
        {
            return data;
        }

        var file = Directory.Exists(path) ? Path.Combine(path, "plans.json") : path;
        var loaded = GovernanceDataLoader.LoadPlans(InputFile.ReadAllBytes(file, "--plans", terminal), data.Agencies);
        return loaded.Success
            ? data.WithPlans(loaded.Value)
            : throw InputProblem.From(InputFile.Describe(file), loaded.Errors, loaded.ErrorCount);
    }
}
