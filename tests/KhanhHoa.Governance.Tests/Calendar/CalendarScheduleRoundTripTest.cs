using FsCheck.Fluent;
using FsCheck.Xunit;
using FsCheck;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// The compiled default schedule and the host's JSON format describe the same thing: a schedule written as JSON
// loads back equal, so a host can export, correct and reload it.
public sealed class CalendarScheduleRoundTripTest
{
    [Fact]
    public void The_compiled_default_round_trips_through_the_host_format() =>
        AssertRoundTrip(CalendarSchedule.Default);

    [Property(MaxTest = 200)]
    public Property Any_schedule_round_trips_through_the_host_format() =>
        Prop.ForAll(Schedules(), schedule => AssertRoundTrip(schedule));

    private static Arbitrary<CalendarSchedule> Schedules() =>
        (from years in Gen.Choose(1900, 2200).ListOf().Select(ys => ys.Distinct().Order().ToArray())
         from decisions in DecisionsIn(years)
         from version in Gen.Elements("2026-03-15", "1", "bản sửa đổi")
         select new CalendarSchedule(version, years, decisions)).ToArbitrary();

    private static Gen<CalendarDecision[]> DecisionsIn(int[] years) =>
        years.Length == 0
            ? Gen.Constant(Array.Empty<CalendarDecision>())
            : (from year in Gen.Elements(years)
               from dayOfYear in Gen.Choose(0, 364)
               from working in Gen.Elements(true, false)
               from reason in Gen.Elements("Tết Âm lịch", "Làm bù cho thứ Hai", "Quốc khánh \"liền kề\"")
               select new CalendarDecision(new LocalDate(year, 1, 1).PlusDays(dayOfYear), working, reason, "Văn bản 1/VPCP-KGVX"))
              .ListOf().Select(ds => ds.DistinctBy(d => d.Date).OrderBy(d => d.Date).ToArray());

    private static void AssertRoundTrip(CalendarSchedule schedule)
    {
        var loaded = GovernanceDataLoader.LoadCalendarSchedule(CalendarScheduleJson.Write(schedule)).Value;

        Assert.Equal(schedule.Version, loaded.Version);
        Assert.Equal(schedule.Years, loaded.Years);
        Assert.Equal(schedule.Decisions, loaded.Decisions);
    }
}
