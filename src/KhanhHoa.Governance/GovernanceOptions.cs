using NodaTime;

namespace KhanhHoa.Governance;

/// <summary>
/// Options for the services that <see cref="GovernanceServiceCollectionExtensions.AddKhanhHoaGovernance(Microsoft.Extensions.DependencyInjection.IServiceCollection, System.Action{GovernanceOptions})"/>
/// registers.
/// </summary>
/// <threadsafety>Options are configured once at start-up and read-only afterwards.</threadsafety>
public sealed class GovernanceOptions
{
    /// <summary>
    /// The IANA identifier of the time zone in which dates of the administration are read.
    /// Defaults to <see cref="DefaultTimeZoneId"/>; Vietnam has a single zone (UTC+7, no daylight saving).
    /// </summary>
    public string TimeZoneId { get; set; } = DefaultTimeZoneId;

    /// <summary>
    /// The clock the library reads "now" from. <see langword="null"/> (the default) means
    /// <see cref="SystemClock.Instance"/>; tests and replays set a fixed clock here.
    /// </summary>
    public IClock? Clock { get; set; }

    /// <summary>The time zone of Vietnam: <c>Asia/Ho_Chi_Minh</c>.</summary>
    public const string DefaultTimeZoneId = "Asia/Ho_Chi_Minh";
}
