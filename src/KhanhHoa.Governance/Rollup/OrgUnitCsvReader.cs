using System.Text;
using KhanhHoa.Governance.Organization;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Reads the org-units CSV contract: <c>code,name,parent_code,valid_from,valid_to</c> (RFC 4180, UTF-8, header,
/// any column order, unknown columns ignored; <c>parent_code</c> empty for a root, dates <c>yyyy-MM-dd</c> or empty).
/// </summary>
/// <remarks>
/// Validity dates may be any ISO date (units are not stored per dossier, so the store's date range does not apply).
/// A code may appear on several rows whose validity periods are disjoint: an effective-dated unit, which
/// <see cref="RollupEngine.Create"/> resolves period by period (<see cref="Organization.OrgHierarchy"/>, keyed by
/// code alone, does not take such a list). Rows of one code whose periods overlap are an error at the later row
/// that names the earlier one.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class OrgUnitCsvReader
{
    private static readonly string[] Columns = ["code", "name", "parent_code", "valid_from", "valid_to"];

    /// <summary>Reads org units from a CSV stream.</summary>
    /// <param name="stream">The UTF-8 input; read to its end, not closed.</param>
    /// <returns>The units, or every error found with its line and column (nothing is returned when any is found).</returns>
    public static InputResult<IReadOnlyList<OrgUnit>> Read(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var errors = new ErrorCollector(1000);
        var tokenizer = new Utf8CsvTokenizer(stream);
        var status = tokenizer.Read();
        if (status != Utf8CsvTokenizer.Status.Record)
        {
            errors.Add(1, 0, string.Empty, status == Utf8CsvTokenizer.Status.End ? "empty file: expected a header row" : tokenizer.ErrorMessage);
            return Fail(errors);
        }

        var map = CsvHeader.Map(tokenizer, Columns);
        var headerFields = tokenizer.FieldCount;

        for (var c = 0; c < Columns.Length; c++)
        {
            if (map[c] < 0)
            {
                errors.Add(1, 0, Columns[c], $"header is missing column '{Columns[c]}'");
            }
        }

        if (errors.Count > 0)
        {
            return Fail(errors);
        }

        var units = new List<OrgUnit>();
        var linesOf = new Dictionary<string, List<(OrgUnit Unit, int Line)>>(StringComparer.Ordinal);
        while ((status = tokenizer.Read()) != Utf8CsvTokenizer.Status.End)
        {
            var line = tokenizer.Line;
            if (status == Utf8CsvTokenizer.Status.Error)
            {
                errors.Add(line, tokenizer.ErrorColumn, string.Empty, tokenizer.ErrorMessage);
                continue;
            }

            if (tokenizer.FieldCount == 1 && tokenizer.Field(0).IsEmpty)
            {
                continue;
            }

            if (tokenizer.FieldCount != headerFields)
            {
                errors.Add(line, Math.Min(tokenizer.FieldCount, headerFields) + 1, string.Empty, $"expected {headerFields} fields as in the header, found {tokenizer.FieldCount}");
                continue;
            }

            var before = errors.Count;
            var code = Encoding.UTF8.GetString(tokenizer.Field(map[0]));
            var name = Encoding.UTF8.GetString(tokenizer.Field(map[1]));
            var parent = Encoding.UTF8.GetString(tokenizer.Field(map[2]));
            if (code.Length == 0)
            {
                errors.Add(line, map[0] + 1, "code", "must not be empty");
            }

            if (name.Length == 0)
            {
                errors.Add(line, map[1] + 1, "name", "must not be empty");
            }

            var from = Date(tokenizer, map, 3, line, errors);
            var to = Date(tokenizer, map, 4, line, errors);
            if (from is { } f && to is { } t && t < f)
            {
                errors.Add(line, map[4] + 1, "valid_to", "valid_to is before valid_from");
            }

            var unit = new OrgUnit { Code = code, Name = name, ParentCode = parent.Length == 0 ? null : parent, ValidFrom = from, ValidTo = to };
            // A row with a bad date would overlap everything through its missing end: only sound rows are compared.
            if (errors.Count == before)
            {
                CheckOverlap(unit, line, map[0] + 1, linesOf, errors);
            }

            units.Add(unit);
        }

        return errors.Count > 0 ? Fail(errors) : InputResult<IReadOnlyList<OrgUnit>>.ForValue(units);
    }

    /// <summary>Reads org units from a CSV file.</summary>
    /// <param name="path">The file.</param>
    /// <returns>The units, or every error found.</returns>
    public static InputResult<IReadOnlyList<OrgUnit>> ReadFile(string path)
    {
        using var stream = File.OpenRead(path);
        return Read(stream).WithSource(path);
    }

    private static void CheckOverlap(OrgUnit unit, int line, int column, Dictionary<string, List<(OrgUnit Unit, int Line)>> linesOf, ErrorCollector errors)
    {
        if (!linesOf.TryGetValue(unit.Code, out var earlier))
        {
            linesOf[unit.Code] = [(unit, line)];
            return;
        }

        foreach (var (other, otherLine) in earlier)
        {
            if ((unit.ValidFrom is not { } from || other.ValidTo is not { } otherTo || from <= otherTo)
                && (other.ValidFrom is not { } otherFrom || unit.ValidTo is not { } to || otherFrom <= to))
            {
                errors.Add(line, column, "code", $"unit code '{unit.Code}' is also on line {otherLine} with an overlapping validity; a code may repeat only over disjoint periods");
                return;
            }
        }

        earlier.Add((unit, line));
    }

    private static LocalDate? Date(Utf8CsvTokenizer tokenizer, int[] map, int column, int line, ErrorCollector errors)
    {
        var text = tokenizer.Field(map[column]);
        if (text.IsEmpty)
        {
            return null;
        }

        var error = DossierFieldParser.ParseIsoDate(text, out var date);
        if (error is not null)
        {
            errors.Add(line, map[column] + 1, Columns[column], error);
            return null;
        }

        return date;
    }

    private static InputResult<IReadOnlyList<OrgUnit>> Fail(ErrorCollector errors) => errors.Reject<IReadOnlyList<OrgUnit>>();
}
