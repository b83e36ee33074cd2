using KhanhHoa.Governance.Calendar;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

public sealed class BusinessCalendarRegistrationTest
{
    [Fact]
    public void The_civil_service_calendar_is_registered_by_default()
    {
        using var provider = new ServiceCollection().AddKhanhHoaGovernance().BuildServiceProvider();

        Assert.Same(BusinessCalendar.CivilService, provider.GetRequiredService<BusinessCalendar>());
    }

    [Fact]
    public void Calendar_options_configure_the_registered_calendar()
    {
        using var provider = new ServiceCollection()
            .AddKhanhHoaGovernance()
            .Configure<BusinessCalendarOptions>(o => o.ObserveVietnamCultureDay = true)
            .BuildServiceProvider();

        var calendar = provider.GetRequiredService<BusinessCalendar>();
        Assert.NotSame(BusinessCalendar.CivilService, calendar);
        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 11, 24)));
        Assert.Same(calendar, provider.GetRequiredService<BusinessCalendar>());
    }

    [Fact]
    public void Statutory_only_by_configuration()
    {
        using var provider = new ServiceCollection()
            .AddKhanhHoaGovernance()
            .Configure<BusinessCalendarOptions>(o => o.UseOfficialSchedules = false)
            .BuildServiceProvider();

        Assert.True(provider.GetRequiredService<BusinessCalendar>().IsWorkingDay(new LocalDate(2026, 1, 2)));
    }
}
