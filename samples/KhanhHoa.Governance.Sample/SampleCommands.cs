using System.CommandLine;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Sample.Commands;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample;

/// <summary>The verbs of the sample host.</summary>
internal static class SampleCommands
{
    /// <summary>The <c>--quiet</c> option every verb accepts.</summary>
    public static readonly Option<bool> Quiet = new("--quiet", "-q")
    {
        Description = "Print only the requested results and errors: no summary, no progress bars.",
        Recursive = true,
    };

    /// <summary>The <c>--lang</c> option every verb accepts.</summary>
    public static readonly Option<string> Language = CreateLanguage();

    /// <summary>Builds the root command with every verb, resolving their services from <paramref name="services"/>.</summary>
    public static RootCommand Create(IServiceProvider services)
    {
        var root = new RootCommand("KhanhHoa.Governance sample host: the monthly rollup of a Vietnamese province, and a command line other systems can call.")
        {
            RollupCommand.Create(services),
            CalendarCommand.Create(services),
            PlanCommand.Create(services),
            CheckCommand.Create(services),
            GenerateCommand.Create(services),
            MergeCommand.Create(services),
            SubmissionsCommand.Create(services),
            FormsCommand.Create(services),
        };
        root.Options.Add(Quiet);
        root.Options.Add(Language);
        return root;
    }

    /// <summary>Applies the options every verb shares before its action runs.</summary>
    public static Terminal Prepare(ParseResult parsed, IServiceProvider services)
    {
        var terminal = services.GetRequiredService<Terminal>();
        terminal.Quiet = parsed.GetValue(Quiet);
        terminal.Language = parsed.GetValue(Language) == "en" ? MessageLanguage.English : MessageLanguage.Vietnamese;
        return terminal;
    }

    private static Option<string> CreateLanguage()
    {
        var option = new Option<string>("--lang")
        {
            Description = "The language of the messages a clerk reads about submissions: 'vi' (Vietnamese, the default) or 'en' (English, for developers).",
            DefaultValueFactory = _ => "vi",
            Recursive = true,
        };
        option.AcceptOnlyFromAmong("vi", "en");
        return option;
    }
}
