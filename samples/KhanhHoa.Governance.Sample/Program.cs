using KhanhHoa.Governance.Sample;
using KhanhHoa.Governance.Sample.Cli;

return SampleHost.Run(args, Terminal.ForConsole());
