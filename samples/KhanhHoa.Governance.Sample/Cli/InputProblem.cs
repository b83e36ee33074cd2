using System.Globalization;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// Turns the library's error lists into the one sentence a host reads on standard error: the file, the line, the
/// field and what is wrong, then how many more problems the file has.
/// </summary>
internal static class InputProblem
{
    /// <summary>The first error of an input file (rows or JSON), and the count of the others.</summary>
    public static CliException From(string file, IReadOnlyList<InputError> errors, int? total = null)
    {
        var first = errors[0];
        var where = first switch
        {
            { JsonPath: { } path, Line: 0 } => $"{file}, field {path}",
            { JsonPath: { } path } => string.Create(CultureInfo.InvariantCulture, $"{file}, line {first.Line}, field {path} (column {first.Column})"),
            { Cell: { } cell } => $"{file}, sheet '{first.Source}', cell {cell}" + (first.Field.Length > 0 ? $" ({first.Field})" : string.Empty),
            { Line: 0, Field.Length: 0 } => file,
            { Line: 0 } => $"{file}, field {first.Field}",
            { Field.Length: 0 } => $"{file}, line {first.Line}" + (first.Column > 0 ? $", column {first.Column}" : string.Empty),
            _ => $"{file}, line {first.Line}, field {first.Field}" + (first.Column > 0 ? $" (column {first.Column})" : string.Empty),
        };
        return CliException.BadInput($"{where}: {first.Message.TrimEnd('.')}{More((total ?? errors.Count) - 1)}.");
    }

    private static string More(int others) => others switch
    {
        <= 0 => string.Empty,
        1 => " (and 1 more error in the file)",
        _ => string.Create(CultureInfo.InvariantCulture, $" (and {others} more errors in the file)"),
    };
}
