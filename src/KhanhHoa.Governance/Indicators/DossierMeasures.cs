using System.Text.Json;

namespace KhanhHoa.Governance.Indicators;

/// <summary>
/// The <see cref="DossierMeasure"/> values and their contract names, the strings the rollup JSON writes and the
/// indicator catalog's expressions read. The names are derived from the enum, so the vocabulary is written once.
/// </summary>
/// <threadsafety>Immutable; safe to use from any thread.</threadsafety>
public static class DossierMeasures
{
    /// <summary>The number of measures.</summary>
    public const int Count = (int)DossierMeasure.EResult + 1;

    // The members are numbered 0 … Count − 1 in contract order; snake case of "ReceivedFullOnline" is the contract's "received_full_online".
    private static readonly string[] Names = [.. Enum.GetNames<DossierMeasure>().Select(JsonNamingPolicy.SnakeCaseLower.ConvertName)];

    // In contract order, in the words of the reporting form II.06a and the 766 index.
    private static readonly string[] VietnameseNames =
    [
        "Số hồ sơ tiếp nhận",
        "Số hồ sơ tiếp nhận trực tuyến",
        "Số hồ sơ tiếp nhận trực tuyến toàn trình",
        "Số hồ sơ tiếp nhận của TTHC cung cấp DVC trực tuyến toàn trình",
        "Số hồ sơ đã giải quyết",
        "Số hồ sơ giải quyết đúng hạn",
        "Số hồ sơ giải quyết quá hạn",
        "Số hồ sơ đang giải quyết cuối kỳ",
        "Số hồ sơ đang giải quyết quá hạn cuối kỳ",
        "Số hồ sơ được số hóa",
        "Số hồ sơ tái sử dụng dữ liệu đã số hóa",
        "Số hồ sơ gắn với định danh điện tử",
        "Số hồ sơ phải nộp phí, lệ phí",
        "Số hồ sơ nộp phí, lệ phí trực tuyến",
        "Số hồ sơ trả kết quả điện tử",
    ];

    /// <summary>Every measure, in contract order.</summary>
    public static IReadOnlyList<DossierMeasure> All { get; } = Enum.GetValues<DossierMeasure>();

    /// <summary>The contract name of a measure, e.g. <c>received_full_online</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its name.</returns>
    public static string NameOf(DossierMeasure measure) => Names[(int)measure];

    /// <summary>The name of a measure in a Vietnamese report, e.g. <c>Số hồ sơ tiếp nhận trực tuyến toàn trình</c>.</summary>
    /// <param name="measure">The measure.</param>
    /// <returns>Its Vietnamese name.</returns>
    public static string VietnameseNameOf(DossierMeasure measure) => VietnameseNames[(int)measure];

    /// <summary>The measure with a contract name.</summary>
    /// <param name="name">A contract name, e.g. <c>pending_end</c>.</param>
    /// <param name="measure">The measure when found.</param>
    /// <returns>Whether the name is a measure's.</returns>
    public static bool TryParse(string? name, out DossierMeasure measure)
    {
        var index = Array.IndexOf(Names, name);
        measure = (DossierMeasure)Math.Max(index, 0);
        return index >= 0;
    }
}
