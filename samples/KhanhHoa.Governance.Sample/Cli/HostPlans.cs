using System.CommandLine;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Primitives;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// <c>--plans FILE.json|DIR</c>, which every verb that uses plans accepts: a host's own plans are added to the embedded
/// ones (a plan of the same id replaces the embedded one), or, with <c>--plans-only</c>, used alone; a plan without a
/// data set of its own gets one under the province's general monthly rule. A folder holds <c>plans.json</c> and, when
/// the host has its own, <c>agencies.json</c> (the plans are read through it) and <c>indicator-catalog.json</c>; the
/// files it lacks are the embedded ones.
/// </summary>
internal static class HostPlans
{
    /// <summary>The option; recursive, so <c>plan</c>'s sub-verbs accept it too.</summary>
    public static readonly Option<string?> Option = new("--plans")
    {
        Description = "A plans file (the format 'plan import --out' writes, schemas/plans.v1.schema.json), or a folder with plans.json and optionally agencies.json and indicator-catalog.json; added to the embedded ones (a plan of the same id replaces the embedded one).",
        HelpName = "FILE.json|DIR",
        Recursive = true,
    };

    /// <summary>Use only the host's plans.</summary>
    public static readonly Option<bool> OnlyOption = new("--plans-only")
    {
        Description = "Use only the plans of --plans, not the embedded ones.",
        Recursive = true,
    };

    /// <summary>Adds both options to a verb.</summary>
    public static void AddTo(Command command)
    {
        command.Options.Add(Option);
        command.Options.Add(OnlyOption);
    }

    /// <summary>Whether the host gave its own plans (<c>--plans</c>): the data is then not the embedded data alone.</summary>
    public static bool Given(ParseResult parsed) => parsed.GetValue(Option) is not null;

    /// <summary>The data the verb works on: the container's, with the host's files when <c>--plans</c> was given.</summary>
    /// <exception cref="CliException">A file is missing or does not load (bad input, naming the file and its first error).</exception>
    public static GovernanceData Data(ParseResult parsed, IServiceProvider services, Terminal terminal)
    {
        var data = services.GetRequiredService<GovernanceData>();
        if (parsed.GetValue(Option) is not { } path)
        {
            return parsed.GetValue(OnlyOption) ? throw CliException.BadUsage("--plans-only needs --plans: the plans to use instead of the embedded ones.") : data;
        }

        var folder = Directory.Exists(path) ? path : null;
        var agencies = folder is not null && File.Exists(Path.Combine(folder, "agencies.json"))
            ? Read(Path.Combine(folder, "agencies.json"), terminal, static bytes => GovernanceDataLoader.LoadAgencies(bytes))
            : data.Agencies;
        var plansFile = folder is null ? path : Path.Combine(folder, "plans.json");
        var plans = Read(plansFile, terminal, bytes => GovernanceDataLoader.LoadPlans(bytes, agencies));
        data = parsed.GetValue(OnlyOption) ? data.WithPlans(plans, agencies) : data.AddPlans(plans, agencies);
        return folder is not null && File.Exists(Path.Combine(folder, "indicator-catalog.json"))
            ? data.WithIndicators(Read(Path.Combine(folder, "indicator-catalog.json"), terminal, static bytes => GovernanceDataLoader.LoadIndicatorCatalog(bytes)))
            : data;
    }

    private static T Read<T>(string file, Terminal terminal, Func<byte[], InputResult<T>> load)
    {
        var loaded = load(InputFile.ReadAllBytes(file, "--plans", terminal));
        return loaded.Success ? loaded.Value : throw InputProblem.From(InputFile.Describe(file), loaded.Errors, loaded.ErrorCount);
    }
}
