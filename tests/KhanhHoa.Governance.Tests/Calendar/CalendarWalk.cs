using KhanhHoa.Governance.Calendar;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Calendar;

// The oracle of the working-day laws: a walk over the calendar one day at a time, asking IsWorkingDay only, against which
// the calendar's O(1) tables (AddWorkingDays, NextWorkingDayOnOrAfter) and the report-due rules are checked.
internal static class CalendarWalk
{
    // The first working day on or after a day.
    public static LocalDate NextWorkingDay(BusinessCalendar calendar, LocalDate day)
    {
        while (!calendar.IsWorkingDay(day))
        {
            day = day.PlusDays(1);
        }

        return day;
    }

    // The day on which the count of working days after a day (not counting it) reaches count.
    public static LocalDate AfterWorkingDays(BusinessCalendar calendar, LocalDate day, int count)
    {
        for (var counted = 0; counted < count;)
        {
            day = day.PlusDays(1);
            counted += calendar.IsWorkingDay(day) ? 1 : 0;
        }

        return day;
    }
}
