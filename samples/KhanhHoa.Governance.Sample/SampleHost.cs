using KhanhHoa.Governance.Sample.Cli;
using Microsoft.Extensions.DependencyInjection;

namespace KhanhHoa.Governance.Sample;

/// <summary>
/// The sample host: a plain <see cref="ServiceCollection"/> with <c>AddKhanhHoaGovernance</c>, the way an
/// application embeds the engine, and the verbs on top of it.
/// </summary>
internal static class SampleHost
{
    /// <summary>Runs the command line <paramref name="args"/> and returns the process exit code.</summary>
    public static int Run(string[] args, Terminal terminal)
    {
        #region services
        using var services = new ServiceCollection()
            .AddKhanhHoaGovernance()
            .AddSingleton(terminal)
            .BuildServiceProvider();
        return CommandRunner.Run(SampleCommands.Create(services), args, terminal);
        #endregion
    }
}
