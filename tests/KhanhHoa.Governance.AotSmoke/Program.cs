using KhanhHoa.Governance;
using KhanhHoa.Governance.AotSmoke;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Exercises the libraries the way a host does, in native code: the services resolve, the embedded data loads, a small
// dossier file is read and rolled up and a report composed, and the report must equal the one the JIT run wrote
// (expected-report.json, checked by Reporting.Tests' AotSmokeTest). A trimming or AOT break shows up as a publish
// warning (an error here), an exception or a different report.
using var provider = new ServiceCollection().AddKhanhHoaGovernance().BuildServiceProvider();
var zone = provider.GetRequiredService<DateTimeZone>();
_ = provider.GetRequiredService<IClock>();

string actual;
using (var dossiers = File.OpenRead(Path.Combine(AppContext.BaseDirectory, SmokeReport.DossierFile)))
{
    actual = SmokeReport.ComposeJson(dossiers);
}

var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, SmokeReport.ExpectedFile));
if (actual != expected)
{
    var actualLines = actual.Split('\n');
    var expectedLines = expected.Split('\n');
    var line = Enumerable.Range(0, Math.Min(actualLines.Length, expectedLines.Length)).FirstOrDefault(i => actualLines[i] != expectedLines[i], Math.Min(actualLines.Length, expectedLines.Length));
    Console.Error.WriteLine($"aot-smoke: the native report differs from the JIT one at line {line + 1}:");
    Console.Error.WriteLine($"  JIT:    {(line < expectedLines.Length ? expectedLines[line] : "(end)")}");
    Console.Error.WriteLine($"  native: {(line < actualLines.Length ? actualLines[line] : "(end)")}");
    return 1;
}

Console.WriteLine($"aot-smoke: ok ({zone.Id}; the native report on the dossiers of {SmokeReport.Units.Length} departments equals the JIT one, {actual.Length:N0} characters)");
return 0;
