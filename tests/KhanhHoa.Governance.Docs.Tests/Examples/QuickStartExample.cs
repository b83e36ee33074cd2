#region usings
using KhanhHoa.Governance;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
#endregion

namespace KhanhHoa.Governance.Docs.Tests.Examples;

/// <summary>README, "Three examples": the library registered in a host's services.</summary>
public sealed class QuickStartExample
{
    [Fact]
    public void Registers_the_clock_and_the_time_zone()
    {
        #region example
        var services = new ServiceCollection()
            .AddKhanhHoaGovernance(options =>
            {
                options.TimeZoneId = "Asia/Ho_Chi_Minh";     // the default
                // options.Clock = new FakeClock(...);       // replace "now" in tests and replays
            })
            .BuildServiceProvider();

        IClock clock = services.GetRequiredService<IClock>();
        DateTimeZone vietnam = services.GetRequiredService<DateTimeZone>();
        LocalDate today = clock.GetCurrentInstant().InZone(vietnam).Date;
        #endregion

        Assert.Equal("Asia/Ho_Chi_Minh", vietnam.Id);
        Assert.Same(SystemClock.Instance, clock);
        Assert.NotEqual(default, today);
    }
}
