global using NodaTime;

// ReportAssembly (moving into the reporting package, issue 24) still names the demo's IllustrativeProgress unqualified.
global using KhanhHoa.Governance.Sample.Demo;
