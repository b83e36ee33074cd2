using Microsoft.Extensions.Options;
using NodaTime;

namespace KhanhHoa.Governance;

/// <summary>
/// Validates <see cref="GovernanceOptions"/> without reflection, so the check survives trimming and native AOT.
/// </summary>
internal sealed class GovernanceOptionsValidator : IValidateOptions<GovernanceOptions>
{
    public ValidateOptionsResult Validate(string? name, GovernanceOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.TimeZoneId))
        {
            return ValidateOptionsResult.Fail($"{nameof(GovernanceOptions)}.{nameof(GovernanceOptions.TimeZoneId)} must not be empty.");
        }

        if (DateTimeZoneProviders.Tzdb.GetZoneOrNull(options.TimeZoneId) is null)
        {
            return ValidateOptionsResult.Fail(
                $"{nameof(GovernanceOptions)}.{nameof(GovernanceOptions.TimeZoneId)} '{options.TimeZoneId}' is not a time zone of the IANA (TZDB) database.");
        }

        return ValidateOptionsResult.Success;
    }
}
