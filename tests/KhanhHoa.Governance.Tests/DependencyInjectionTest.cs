using KhanhHoa.Governance;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime;
using NodaTime.Text;

namespace KhanhHoa.Governance.Tests;

public sealed class DependencyInjectionTest
{
    [Fact]
    public void Defaults_resolve_system_clock_and_vietnam_zone()
    {
        using var provider = new ServiceCollection().AddKhanhHoaGovernance().BuildServiceProvider();

        Assert.Same(SystemClock.Instance, provider.GetRequiredService<IClock>());
        var zone = provider.GetRequiredService<DateTimeZone>();
        Assert.Equal("Asia/Ho_Chi_Minh", zone.Id);
        Assert.Equal(Offset.FromHours(7), zone.GetUtcOffset(Instant.FromUtc(2025, 9, 15, 0, 0)));
    }

    [Fact]
    public void Clock_from_options_replaces_the_system_clock()
    {
        var fixedClock = new FixedClock(InstantPattern.General.Parse("2025-09-15T03:00:00Z").Value);
        using var provider = new ServiceCollection()
            .AddKhanhHoaGovernance(o => o.Clock = fixedClock)
            .BuildServiceProvider();

        Assert.Same(fixedClock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Clock_registered_before_wins()
    {
        var fixedClock = new FixedClock(Instant.FromUtc(2025, 1, 1, 0, 0));
        using var provider = new ServiceCollection()
            .AddSingleton<IClock>(fixedClock)
            .AddKhanhHoaGovernance()
            .BuildServiceProvider();

        Assert.Same(fixedClock, provider.GetRequiredService<IClock>());
    }

    [Fact]
    public void Unknown_time_zone_fails_validation_with_a_clear_message()
    {
        using var provider = new ServiceCollection()
            .AddKhanhHoaGovernance(o => o.TimeZoneId = "Asia/Nowhere")
            .BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<GovernanceOptions>>().Value);
        Assert.Contains("Asia/Nowhere", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Registering_twice_keeps_one_registration_per_service()
    {
        var services = new ServiceCollection().AddKhanhHoaGovernance().AddKhanhHoaGovernance();

        Assert.Single(services, d => d.ServiceType == typeof(IClock));
        Assert.Single(services, d => d.ServiceType == typeof(DateTimeZone));
        Assert.Single(services, d => d.ServiceType == typeof(IValidateOptions<GovernanceOptions>));
    }

    private sealed class FixedClock(Instant now) : IClock
    {
        public Instant GetCurrentInstant() => now;
    }
}
