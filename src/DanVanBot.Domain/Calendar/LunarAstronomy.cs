namespace DanVanBot.Domain.Calendar;

/// <summary>
/// The two astronomical quantities a lunisolar calendar needs: the instant of each new moon and the
/// sun's apparent longitude. Formulas follow Jean Meeus, "Astronomical Algorithms" (2nd ed.):
/// chapter 49 (mean new moon plus periodic and planetary corrections, accurate to well under a minute
/// for our range) and chapter 25 (low-precision solar coordinates, about 0.01°, i.e. ~15 minutes of time).
/// Times are Julian Days; "JDE" is Terrestrial Time, converted to Universal Time with ΔT.
/// </summary>
internal static class LunarAstronomy
{
    /// <summary>Mean length of a synodic month, in days.</summary>
    public const double SynodicMonth = 29.530588861;

    /// <summary>JDE of the mean new moon with index 0 (6 January 2000).</summary>
    public const double NewMoonEpoch = 2451550.09766;

    private const double Rad = Math.PI / 180.0;

    /// <summary>Universal Time (as a Julian Day) of the true new moon with index <paramref name="k"/>.</summary>
    public static double NewMoonUniversalTime(int k)
    {
        double jde = NewMoonJde(k);
        return jde - DeltaTSeconds(YearOf(jde)) / 86400.0;
    }

    private static double NewMoonJde(int k)
    {
        double t = k / 1236.85;
        double t2 = t * t, t3 = t2 * t, t4 = t3 * t;
        double jde = NewMoonEpoch + SynodicMonth * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;

        // Eccentricity of Earth's orbit scales the terms that involve the sun's anomaly.
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = Rad * (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3);
        double mp = Rad * (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4);
        double f = Rad * (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4);
        double omega = Rad * (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3);

        double periodic =
            -0.40720 * Math.Sin(mp)
            + 0.17241 * e * Math.Sin(m)
            + 0.01608 * Math.Sin(2 * mp)
            + 0.01039 * Math.Sin(2 * f)
            + 0.00739 * e * Math.Sin(mp - m)
            - 0.00514 * e * Math.Sin(mp + m)
            + 0.00208 * e * e * Math.Sin(2 * m)
            - 0.00111 * Math.Sin(mp - 2 * f)
            - 0.00057 * Math.Sin(mp + 2 * f)
            + 0.00056 * e * Math.Sin(2 * mp + m)
            - 0.00042 * Math.Sin(3 * mp)
            + 0.00042 * e * Math.Sin(m + 2 * f)
            + 0.00038 * e * Math.Sin(m - 2 * f)
            - 0.00024 * e * Math.Sin(2 * mp - m)
            - 0.00017 * Math.Sin(omega)
            - 0.00007 * Math.Sin(mp + 2 * m)
            + 0.00004 * Math.Sin(2 * mp - 2 * f)
            + 0.00004 * Math.Sin(3 * m)
            + 0.00003 * Math.Sin(mp + m - 2 * f)
            + 0.00003 * Math.Sin(2 * mp + 2 * f)
            - 0.00003 * Math.Sin(mp + m + 2 * f)
            + 0.00003 * Math.Sin(mp - m + 2 * f)
            - 0.00002 * Math.Sin(mp - m - 2 * f)
            - 0.00002 * Math.Sin(3 * mp + m)
            + 0.00002 * Math.Sin(4 * mp);

        return jde + periodic + PlanetaryCorrection(k, t2);
    }

    private static readonly (double Coefficient, double Start, double Rate)[] PlanetaryTerms =
    [
        (0.000325, 299.77, 0.107408), (0.000165, 251.88, 0.016321), (0.000164, 251.83, 26.651886),
        (0.000126, 349.42, 36.412478), (0.000110, 84.66, 18.206239), (0.000062, 141.74, 53.303771),
        (0.000060, 207.14, 2.453732), (0.000056, 154.84, 7.306860), (0.000047, 34.52, 27.261239),
        (0.000042, 207.19, 0.121824), (0.000040, 291.34, 1.844379), (0.000037, 161.72, 24.198154),
        (0.000035, 239.56, 25.513099), (0.000023, 331.55, 3.592518),
    ];

    private static double PlanetaryCorrection(int k, double t2)
    {
        double sum = 0;
        for (int i = 0; i < PlanetaryTerms.Length; i++)
        {
            var (coefficient, start, rate) = PlanetaryTerms[i];
            // Only the first argument carries a secular T² term.
            double argument = start + rate * k - (i == 0 ? 0.009173 * t2 : 0);
            sum += coefficient * Math.Sin(Rad * argument);
        }
        return sum;
    }

    /// <summary>Apparent geocentric longitude of the sun, degrees in [0, 360), at a Universal Time Julian Day.</summary>
    public static double SunLongitude(double julianDayUniversal)
    {
        double jde = julianDayUniversal + DeltaTSeconds(YearOf(julianDayUniversal)) / 86400.0;
        double t = (jde - 2451545.0) / 36525.0;
        double t2 = t * t;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double meanAnomaly = Rad * (357.52911 + 35999.05029 * t - 0.0001537 * t2);
        double center = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.Sin(meanAnomaly)
            + (0.019993 - 0.000101 * t) * Math.Sin(2 * meanAnomaly)
            + 0.000289 * Math.Sin(3 * meanAnomaly);
        double omega = Rad * (125.04 - 1934.136 * t);
        double apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.Sin(omega);
        apparent %= 360.0;
        return apparent < 0 ? apparent + 360.0 : apparent;
    }

    private static double YearOf(double julianDay) => 2000.0 + (julianDay - 2451545.0) / 365.25;

    /// <summary>
    /// ΔT = TT − UT in seconds: the Espenak–Meeus polynomial fits for 1900–2150 and their long-term
    /// parabola elsewhere. An error of a minute only matters when a new moon falls within a minute of
    /// midnight, which the published calendars then settle by convention anyway.
    /// </summary>
    internal static double DeltaTSeconds(double year)
    {
        if (year >= 1900 && year < 1920)
        {
            double t = year - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * t * t * t - 0.000197 * t * t * t * t;
        }
        if (year >= 1920 && year < 1941)
        {
            double t = year - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * t * t * t;
        }
        if (year >= 1941 && year < 1961)
        {
            double t = year - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + t * t * t / 2547;
        }
        if (year >= 1961 && year < 1986)
        {
            double t = year - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - t * t * t / 718;
        }
        if (year >= 1986 && year < 2005)
        {
            double t = year - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * t * t * t
                + 0.000651814 * t * t * t * t + 0.00002373599 * t * t * t * t * t;
        }
        if (year >= 2005 && year < 2050)
        {
            double t = year - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (year - 1820) / 100;
        double longTerm = -20 + 32 * u * u;
        return year >= 2050 && year < 2150 ? longTerm - 0.5628 * (2150 - year) : longTerm;
    }
}
