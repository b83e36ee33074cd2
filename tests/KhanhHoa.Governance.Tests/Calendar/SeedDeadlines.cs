using System.Text;
using KhanhHoa.Governance.Calendar;

namespace KhanhHoa.Governance.Tests.Calendar;

/// <summary>
/// Every distinct deadline text of the five seeds (table cells, "Thời hạn:" lines, "Thời gian thực hiện hoàn
/// thành:" lines and the deadline phrases of the running text), with the kind and due date it must parse to,
/// read from the embedded <c>seed-deadlines.tsv</c> (the benchmarks embed the same file). Seed 004 is NFD in
/// the source, so its rows are returned in NFD.
/// </summary>
public static class SeedDeadlines
{
    /// <summary>The year every seed is about.</summary>
    public const int ContextYear = 2025;

    private static readonly (string Seed, string Text, DeadlineKind Kind, string? Due)[] Rows = Load();

    /// <summary>The rows as xUnit data: seed, text, kind, due date or null.</summary>
    public static TheoryData<string, string, DeadlineKind, string?> All
    {
        get
        {
            var data = new TheoryData<string, string, DeadlineKind, string?>();
            foreach (var (seed, text, kind, due) in Rows)
            {
                data.Add(seed, text, kind, due);
            }

            return data;
        }
    }

    /// <summary>Every text, as in its seed.</summary>
    public static IReadOnlyList<string> Texts => Rows.Select(r => r.Text).ToArray();

    private static (string, string, DeadlineKind, string?)[] Load()
    {
        using var stream = typeof(SeedDeadlines).Assembly.GetManifestResourceStream("seed-deadlines.tsv")
            ?? throw new InvalidOperationException("seed-deadlines.tsv is not embedded");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<(string, string, DeadlineKind, string?)>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var cells = line.Split('\t');
            var text = cells[3].Replace("\\n", "\n", StringComparison.Ordinal);
            rows.Add((cells[0], cells[0] == "004" ? text.Normalize(NormalizationForm.FormD) : text, Enum.Parse<DeadlineKind>(cells[1]), cells[2] == "-" ? null : cells[2]));
        }

        return rows.ToArray();
    }
}
