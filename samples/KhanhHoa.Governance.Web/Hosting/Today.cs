namespace KhanhHoa.Governance.Web.Hosting;

/// <summary>The server's day and the month a person sees first: from the library's clock in Vietnam time.</summary>
internal sealed class Today(IClock clock, DateTimeZone zone)
{
    /// <summary>Today in Vietnam time.</summary>
    public LocalDate Date => clock.GetCurrentInstant().InZone(zone).Date;

    /// <summary>Now in Vietnam time, to the minute (the time of sending a page writes in its submission).</summary>
    public LocalDateTime Now => clock.GetCurrentInstant().InZone(zone).LocalDateTime is var now ? now.Date.At(new LocalTime(now.Hour, now.Minute)) : default;

    /// <summary>The month before today's (the report sent in a month is on the month before), as <c>YYYY-MM</c>.</summary>
    public string DefaultPeriod => Date.PlusMonths(-1).ToString("uuuu-MM", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A local date and time in the way a Vietnamese page prints it.</summary>
    public static string Format(LocalDateTime time) => time.ToString("dd/MM/uuuu HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A date in the way a Vietnamese page prints it.</summary>
    public static string Format(LocalDate date) => date.ToString("dd/MM/uuuu", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>An instant in Vietnam time, as a page prints it.</summary>
    public string Format(Instant instant) => instant.InZone(zone).LocalDateTime.ToString("dd/MM/uuuu HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);
}
