using System.Text;

namespace KhanhHoa.Governance.Primitives;

/// <summary>Where named columns stand in a CSV header row, so files may give their columns in any order.</summary>
internal static class CsvHeader
{
    /// <summary>For each of <paramref name="columns"/>, its field index in the tokenizer's current record, or -1 when absent.</summary>
    public static int[] Map(Utf8CsvTokenizer header, IReadOnlyList<string> columns)
    {
        var map = new int[columns.Count];
        Array.Fill(map, -1);
        for (var i = 0; i < header.FieldCount; i++)
        {
            var name = Encoding.UTF8.GetString(header.Field(i)).Trim();
            for (var c = 0; c < columns.Count; c++)
            {
                if (map[c] < 0 && string.Equals(columns[c], name, StringComparison.Ordinal))
                {
                    map[c] = i;
                }
            }
        }

        return map;
    }
}
