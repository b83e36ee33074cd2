using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Organization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using NodaTime;

namespace KhanhHoa.Governance;

/// <summary>
/// Registers the KhanhHoa.Governance services in a dependency-injection container.
/// </summary>
public static class GovernanceServiceCollectionExtensions
{
    /// <summary>
    /// Adds the governance engine's services: <see cref="IClock"/> (the system clock unless
    /// <see cref="GovernanceOptions.Clock"/> is set or an <see cref="IClock"/> was registered before),
    /// the administration's <see cref="DateTimeZone"/>, validated <see cref="GovernanceOptions"/>, the
    /// <see cref="BusinessCalendar"/> (<see cref="BusinessCalendar.CivilService"/> unless
    /// <see cref="BusinessCalendarOptions"/> are configured, e.g. <c>services.Configure&lt;BusinessCalendarOptions&gt;(o =&gt; o.ObserveVietnamCultureDay = true)</c>),
    /// and the <see cref="GovernanceData"/> (the embedded default unless one was registered before) with its
    /// <see cref="AgencyRegistry"/>, <see cref="OrgHierarchy"/> and <see cref="Indicators.IndicatorCatalog"/>.
    /// </summary>
    /// <param name="services">The service collection to add to.</param>
    /// <param name="configure">Optional configuration of the options.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <see langword="null"/>.</exception>
    /// <remarks>
    /// Options are validated when the host starts (<c>ValidateOnStart</c>) or, with a plain
    /// <see cref="IServiceProvider"/>, the first time a service that needs them is resolved.
    /// Calling this method more than once adds each configuration delegate but registers each service once.
    /// </remarks>
    public static IServiceCollection AddKhanhHoaGovernance(this IServiceCollection services, Action<GovernanceOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        var options = services.AddOptions<GovernanceOptions>();
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<GovernanceOptions>, GovernanceOptionsValidator>());
        services.TryAddSingleton<IClock>(static sp => sp.GetRequiredService<IOptions<GovernanceOptions>>().Value.Clock ?? SystemClock.Instance);
        services.TryAddSingleton<DateTimeZone>(static sp => DateTimeZoneProviders.Tzdb[sp.GetRequiredService<IOptions<GovernanceOptions>>().Value.TimeZoneId]);
        // A host that loads its own province's files registers its GovernanceData first; the embedded data is the fallback.
        services.TryAddSingleton(static _ => GovernanceData.Default);
        services.TryAddSingleton(static sp => sp.GetRequiredService<GovernanceData>().Agencies);
        services.TryAddSingleton(static sp => sp.GetRequiredService<GovernanceData>().OrgUnits);
        services.TryAddSingleton(static sp => sp.GetRequiredService<GovernanceData>().Indicators);
        services.AddOptions<BusinessCalendarOptions>();
        services.TryAddSingleton(static sp => BusinessCalendar.FromOptions(sp.GetRequiredService<IOptions<BusinessCalendarOptions>>().Value));
        return services;
    }
}
