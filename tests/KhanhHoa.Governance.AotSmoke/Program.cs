using KhanhHoa.Governance;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

// Exercises the library the way a host does; a trimming or AOT break shows up as a publish
// warning (an error here) or as a non-zero exit.
using var provider = new ServiceCollection().AddKhanhHoaGovernance().BuildServiceProvider();
var clock = provider.GetRequiredService<IClock>();
var zone = provider.GetRequiredService<DateTimeZone>();
var today = clock.GetCurrentInstant().InZone(zone).Date;
Console.WriteLine($"aot-smoke: ok ({zone.Id}, {today:yyyy-MM-dd})");
return 0;
