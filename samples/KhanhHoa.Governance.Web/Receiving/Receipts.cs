using System.Globalization;
using System.Security.Cryptography;

namespace KhanhHoa.Governance.Web.Receiving;

/// <summary>Receipt numbers: the day received and ten random hexadecimal digits (unique by index, not guessable).</summary>
internal static class Receipts
{
    /// <summary>A new receipt number for a file received on <paramref name="day"/>.</summary>
    public static string New(LocalDate day) =>
        string.Create(CultureInfo.InvariantCulture, $"BN-{day:yyyyMMdd}-") + Convert.ToHexString(RandomNumberGenerator.GetBytes(5));
}
