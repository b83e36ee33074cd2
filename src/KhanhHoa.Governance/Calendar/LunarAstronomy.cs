namespace KhanhHoa.Governance.Calendar;

/// <summary>
/// The astronomy behind the Vietnamese lunar calendar: true new moons (J. Meeus, <i>Astronomical Algorithms</i>,
/// 2nd ed., ch. 49, with all periodic and planetary terms), the Sun's apparent longitude (ch. 25) and ΔT
/// (Espenak–Meeus polynomials), all read as civil days at UTC+7. Only used once, to build <see cref="LunarTable"/>.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Vietnam's meridian, 105°E, as a fraction of a day (UTC+7).</summary>
    public const double TimeZoneDays = 7.0 / 24.0;

    private const double Radians = Math.PI / 180.0;
    private const double J2000 = 2451545.0;

    // Planetary arguments A1–A14 of Meeus ch. 49: constant, rate per lunation, T² coefficient, amplitude (days).
    private static readonly double[] PlanetaryTerms =
    [
        299.77, 0.107408, -0.009173, 0.000325,
        251.88, 0.016321, 0, 0.000165,
        251.83, 26.651886, 0, 0.000164,
        349.42, 36.412478, 0, 0.000126,
        84.66, 18.206239, 0, 0.000110,
        141.74, 53.303771, 0, 0.000062,
        207.14, 2.453732, 0, 0.000060,
        154.84, 7.306860, 0, 0.000056,
        34.52, 27.261239, 0, 0.000047,
        207.19, 0.121824, 0, 0.000042,
        291.34, 1.844379, 0, 0.000040,
        161.72, 24.198154, 0, 0.000037,
        239.56, 25.513099, 0, 0.000035,
        331.55, 3.592518, 0, 0.000023,
    ];

    /// <summary>The Julian Ephemeris Day of the true new moon with lunation number <paramref name="k"/> (k = 0 on 6 January 2000).</summary>
    public static double NewMoonJde(int k)
    {
        var t = k / 1236.85;
        var t2 = t * t;
        var t3 = t2 * t;
        var t4 = t3 * t;
        var jde = 2451550.09766 + (29.530588861 * k) + (0.00015437 * t2) - (0.000000150 * t3) + (0.00000000073 * t4);
        var e = 1 - (0.002516 * t) - (0.0000074 * t2);
        var m = Radians * (2.5534 + (29.10535670 * k) - (0.0000014 * t2) - (0.00000011 * t3));
        var mp = Radians * (201.5643 + (385.81693528 * k) + (0.0107582 * t2) + (0.00001238 * t3) - (0.000000058 * t4));
        var f = Radians * (160.7108 + (390.67050284 * k) - (0.0016118 * t2) - (0.00000227 * t3) + (0.000000011 * t4));
        var omega = Radians * (124.7746 - (1.56375588 * k) + (0.0020672 * t2) + (0.00000215 * t3));

        var correction =
            (-0.40720 * Math.Sin(mp))
            + (0.17241 * e * Math.Sin(m))
            + (0.01608 * Math.Sin(2 * mp))
            + (0.01039 * Math.Sin(2 * f))
            + (0.00739 * e * Math.Sin(mp - m))
            - (0.00514 * e * Math.Sin(mp + m))
            + (0.00208 * e * e * Math.Sin(2 * m))
            - (0.00111 * Math.Sin(mp - (2 * f)))
            - (0.00057 * Math.Sin(mp + (2 * f)))
            + (0.00056 * e * Math.Sin((2 * mp) + m))
            - (0.00042 * Math.Sin(3 * mp))
            + (0.00042 * e * Math.Sin(m + (2 * f)))
            + (0.00038 * e * Math.Sin(m - (2 * f)))
            - (0.00024 * e * Math.Sin((2 * mp) - m))
            - (0.00017 * Math.Sin(omega))
            - (0.00007 * Math.Sin(mp + (2 * m)))
            + (0.00004 * Math.Sin((2 * mp) - (2 * f)))
            + (0.00004 * Math.Sin(3 * m))
            + (0.00003 * Math.Sin(mp + m - (2 * f)))
            + (0.00003 * Math.Sin((2 * mp) + (2 * f)))
            - (0.00003 * Math.Sin(mp + m + (2 * f)))
            + (0.00003 * Math.Sin(mp - m + (2 * f)))
            - (0.00002 * Math.Sin(mp - m - (2 * f)))
            - (0.00002 * Math.Sin((3 * mp) + m))
            + (0.00002 * Math.Sin(4 * mp));

        for (var i = 0; i < PlanetaryTerms.Length; i += 4)
        {
            var argument = PlanetaryTerms[i] + (PlanetaryTerms[i + 1] * k) + (PlanetaryTerms[i + 2] * t2);
            correction += PlanetaryTerms[i + 3] * Math.Sin(Radians * argument);
        }

        return jde + correction;
    }

    /// <summary>The Sun's apparent geometric longitude in degrees [0, 360) at Julian Ephemeris Day <paramref name="jde"/> (Meeus ch. 25).</summary>
    public static double SunLongitude(double jde)
    {
        var t = (jde - J2000) / 36525.0;
        var l0 = 280.46646 + (36000.76983 * t) + (0.0003032 * t * t);
        var m = Radians * (357.52911 + (35999.05029 * t) - (0.0001537 * t * t));
        var center = ((1.914602 - (0.004817 * t) - (0.000014 * t * t)) * Math.Sin(m))
                     + ((0.019993 - (0.000101 * t)) * Math.Sin(2 * m))
                     + (0.000289 * Math.Sin(3 * m));
        var omega = Radians * (125.04 - (1934.136 * t));
        var apparent = l0 + center - 0.00569 - (0.00478 * Math.Sin(omega));
        apparent %= 360.0;
        return apparent < 0 ? apparent + 360.0 : apparent;
    }

    /// <summary>The Julian Day Number of the UTC+7 civil day on which the new moon <paramref name="k"/> falls.</summary>
    public static int NewMoonDay(int k)
    {
        var jde = NewMoonJde(k);
        var ut = jde - (DeltaTSeconds(DecimalYear(jde)) / 86400.0);
        return (int)Math.Floor(ut + 0.5 + TimeZoneDays);
    }

    /// <summary>The principal term (0 = 0°–30°, …, 11) the Sun is in at 00:00 UTC+7 of the day with Julian Day Number <paramref name="dayNumber"/>.</summary>
    public static int SunSectorAtLocalMidnight(int dayNumber)
    {
        var ut = dayNumber - 0.5 - TimeZoneDays;
        var jde = ut + (DeltaTSeconds(DecimalYear(ut)) / 86400.0);
        return (int)(SunLongitude(jde) / 30.0);
    }

    /// <summary>ΔT = TT − UT in seconds (Espenak and Meeus, NASA Five Millennium Canon, polynomial fits and their extrapolation).</summary>
    public static double DeltaTSeconds(double year)
    {
        double t;
        switch (year)
        {
            case < 1900:
                t = year - 1860;
                return 7.62 + (0.5737 * t) - (0.251754 * t * t) + (0.01680668 * t * t * t) - (0.0004473624 * Math.Pow(t, 4)) + (Math.Pow(t, 5) / 233174);
            case < 1920:
                t = year - 1900;
                return -2.79 + (1.494119 * t) - (0.0598939 * t * t) + (0.0061966 * t * t * t) - (0.000197 * Math.Pow(t, 4));
            case < 1941:
                t = year - 1920;
                return 21.20 + (0.84493 * t) - (0.076100 * t * t) + (0.0020936 * t * t * t);
            case < 1961:
                t = year - 1950;
                return 29.07 + (0.407 * t) - (t * t / 233) + (t * t * t / 2547);
            case < 1986:
                t = year - 1975;
                return 45.45 + (1.067 * t) - (t * t / 260) - (t * t * t / 718);
            case < 2005:
                t = year - 2000;
                return 63.86 + (0.3345 * t) - (0.060374 * t * t) + (0.0017275 * t * t * t) + (0.000651814 * Math.Pow(t, 4)) + (0.00002373599 * Math.Pow(t, 5));
            case < 2050:
                t = year - 2000;
                return 62.92 + (0.32217 * t) + (0.005589 * t * t);
            default:
                t = (year - 1820) / 100;
                return -20 + (32 * t * t) - (0.5628 * (2150 - year));
        }
    }

    private static double DecimalYear(double julianDay) => 2000.0 + ((julianDay - J2000) / 365.25);
}
