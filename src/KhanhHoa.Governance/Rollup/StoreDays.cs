using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The dossier store's date encoding: 16-bit day numbers counted from 1 January 2000 (<see cref="DayNumbers"/>
/// shifted to that epoch). 65,535 marks "no date" (a dossier still in progress), so the last representable date is
/// day 65,534 (5 June 2179).
/// </summary>
internal static class StoreDays
{
    public const ushort None = ushort.MaxValue;
    public const int Max = ushort.MaxValue - 1;

    public static readonly LocalDate Epoch = new(2000, 1, 1);

    /// <summary>The Julian Day Number of <see cref="Epoch"/>.</summary>
    private const int EpochDayNumber = 2451545;

    public static LocalDate MaxDate => ToDate(Max);

    public static int FromCivil(int year, int month, int day) => DayNumbers.FromCivil(year, month, day) - EpochDayNumber;

    public static int FromDate(LocalDate date) => DayNumbers.From(date) - EpochDayNumber;

    public static LocalDate ToDate(int day) => DayNumbers.ToLocalDate(day + EpochDayNumber);

    public static bool InRange(int day) => day is >= 0 and <= Max;
}
