using System.Text;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The contract's columns bound to the fields of one CSV header, through a <see cref="DossierColumnMap"/> when there is
/// one: which field holds each column, or the constant that stands in for it, and how the export's words and dates
/// become the contract's. Immutable; each chunk of a read takes its own <see cref="Fields"/> for its buffers.
/// </summary>
internal sealed class DossierColumnBinding
{
    private readonly int[] fieldOf;
    private readonly byte[]?[] constants;
    private readonly Dictionary<string, byte[]>?[] words;
    private readonly DatePattern[] dates;

    private DossierColumnBinding(int[] fieldOf, byte[]?[] constants, Dictionary<string, byte[]>?[] words, DatePattern[] dates)
    {
        this.fieldOf = fieldOf;
        this.constants = constants;
        this.words = words;
        this.dates = dates;
        IsPlain = constants.All(static c => c is null) && words.All(static w => w is null) && dates.Length == 0;
    }

    /// <summary>Whether every column is a field taken as written (no map, or a map that only renames headers).</summary>
    public bool IsPlain { get; }

    /// <summary>The 1-based field of a contract column in the CSV, 0 for a column given by a constant.</summary>
    public int ColumnOf(int contractColumn) => fieldOf[contractColumn] + 1;

    /// <summary>The field index of a contract column, -1 for a constant.</summary>
    public int FieldOf(int contractColumn) => fieldOf[contractColumn];

    /// <summary>Binds the header the tokenizer just read; every problem goes to <paramref name="errors"/>.</summary>
    public static DossierColumnBinding? Bind(Utf8CsvTokenizer header, DossierColumnMap? map, ErrorCollector errors)
    {
        var names = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var column = 0; column < DossierColumns.Count; column++)
        {
            names[DossierColumns.Names[column]] = column;
            foreach (var alias in map?.Headers.GetValueOrDefault(DossierColumns.Names[column]) ?? [])
            {
                names.TryAdd(Folded(alias), column);
            }
        }

        var fieldOf = new int[DossierColumns.Count];
        Array.Fill(fieldOf, -1);
        for (var i = 0; i < header.FieldCount; i++)
        {
            var text = header.Field(i);
            var column = DossierColumns.IndexOf(text);
            if (column < 0 && (map is null || !names.TryGetValue(Folded(Encoding.UTF8.GetString(text)), out column)))
            {
                continue;
            }

            if (fieldOf[column] >= 0)
            {
                errors.Add(1, i + 1, DossierColumns.Names[column], "column named twice in the header");
            }

            fieldOf[column] = i;
        }

        var constants = new byte[]?[DossierColumns.Count];
        for (var column = 0; column < DossierColumns.Count; column++)
        {
            var name = DossierColumns.Names[column];
            if (fieldOf[column] >= 0)
            {
                continue;
            }

            if (map?.Defaults.GetValueOrDefault(name) is { } constant)
            {
                constants[column] = Encoding.UTF8.GetBytes(constant);
            }
            else
            {
                var aliases = map?.Headers.GetValueOrDefault(name) is { Count: > 0 } named ? $" (the map names it {string.Join(", ", named.Select(static n => $"'{n}'"))})" : string.Empty;
                errors.Add(1, 0, name, $"header is missing column '{name}'{aliases}");
            }
        }

        if (errors.Count > 0)
        {
            return null;
        }

        var words = new Dictionary<string, byte[]>?[DossierColumns.Count];
        foreach (var (name, table) in map?.Values ?? new Dictionary<string, IReadOnlyDictionary<string, string>>())
        {
            var column = Array.IndexOf(DossierColumns.Names, name);
            words[column] = table.ToDictionary(static pair => Folded(pair.Key), static pair => Encoding.UTF8.GetBytes(pair.Value), StringComparer.Ordinal);
        }

        return new DossierColumnBinding(fieldOf, constants, words, [.. map?.DateFormats.Select(DatePattern.Compile).OfType<DatePattern>() ?? []]);
    }

    /// <summary>A header or word as matched: NFC, accents folded, lower case, runs of spaces made one.</summary>
    internal static string Folded(string text) =>
        string.Join(' ', VietnameseText.Fold(VietnameseText.ToNfc(text)).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

    /// <summary>One chunk's view of the bound columns, with its own buffers for rewritten values.</summary>
    public Fields ForChunk() => new(this);

    internal sealed class Fields(DossierColumnBinding binding)
    {
        // The words seen so far in each column, as written, with their contract word: exports repeat a handful.
        private const int CachedWords = 32;
        private readonly List<(byte[] Raw, byte[] Word)>?[] seen = new List<(byte[] Raw, byte[] Word)>?[DossierColumns.Count];
        private readonly byte[][] dateText = [.. Enumerable.Range(0, DossierColumns.Count).Select(static _ => new byte[16])];

        public ReadOnlySpan<byte> Get(Utf8CsvTokenizer tokenizer, int column)
        {
            var field = binding.fieldOf[column];
            var raw = field < 0 ? binding.constants[column] : tokenizer.Field(field);
            if (binding.words[column] is { } table)
            {
                return Word(column, table, raw);
            }

            return binding.dates.Length > 0 && column is DossierColumns.ReceivedAt or DossierColumns.DueDate or DossierColumns.FinishedAt
                ? Date(column, raw)
                : raw;
        }

        private ReadOnlySpan<byte> Word(int column, Dictionary<string, byte[]> table, ReadOnlySpan<byte> raw)
        {
            var known = seen[column] ??= [];
            foreach (var (text, word) in known)
            {
                if (raw.SequenceEqual(text))
                {
                    return word;
                }
            }

            // A word the map does not know is left as written: the contract's own words still read, and anything else
            // gets the contract's error for the column.
            var mapped = table.GetValueOrDefault(Folded(Encoding.UTF8.GetString(raw)));
            if (known.Count < CachedWords)
            {
                known.Add((raw.ToArray(), mapped ?? raw.ToArray()));
            }

            return mapped ?? raw;
        }

        private ReadOnlySpan<byte> Date(int column, ReadOnlySpan<byte> raw)
        {
            // The contract's own form for the column passes through.
            if (raw.Length == (column == DossierColumns.DueDate ? 10 : 16) && raw[4] == (byte)'-')
            {
                return raw;
            }

            foreach (var pattern in binding.dates)
            {
                if (pattern.TryRead(raw, out var year, out var month, out var day, out var hour, out var minute, out var hasTime))
                {
                    if (!hasTime && column == DossierColumns.FinishedAt)
                    {
                        (hour, minute) = (23, 59);
                    }

                    return DatePattern.WriteIso(dateText[column], year, month, day, column == DossierColumns.DueDate ? null : (hour, minute));
                }
            }

            return raw;
        }
    }
}
