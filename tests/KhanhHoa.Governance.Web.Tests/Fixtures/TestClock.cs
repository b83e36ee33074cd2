namespace KhanhHoa.Governance.Web.Tests.Fixtures;

/// <summary>The server's clock in a test: fixed, moved only by the test.</summary>
public sealed class TestClock(Instant now) : IClock
{
    private long ticks = now.ToUnixTimeTicks();

    /// <summary>Sets the time to a Vietnam local time.</summary>
    public void Set(LocalDateTime vietnamTime) => Interlocked.Exchange(ref ticks, vietnamTime.InZoneStrictly(DateTimeZoneProviders.Tzdb["Asia/Ho_Chi_Minh"]).ToInstant().ToUnixTimeTicks());

    /// <inheritdoc />
    public Instant GetCurrentInstant() => Instant.FromUnixTimeTicks(Interlocked.Read(ref ticks));

    /// <summary>A clock at a Vietnam local time.</summary>
    public static TestClock At(LocalDateTime vietnamTime)
    {
        var clock = new TestClock(default);
        clock.Set(vietnamTime);
        return clock;
    }
}
