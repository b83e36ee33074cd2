using KhanhHoa.Governance;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

using var services = new ServiceCollection().AddKhanhHoaGovernance().BuildServiceProvider();
var zone = services.GetRequiredService<DateTimeZone>();
var now = services.GetRequiredService<IClock>().GetCurrentInstant().InZone(zone);
Console.WriteLine($"KhanhHoa.Governance sample host — {zone.Id}, now {now:yyyy-MM-dd HH:mm}");
Console.WriteLine("The monthly rollup is not built yet; this host only shows the engine's time services.");
return 0;
