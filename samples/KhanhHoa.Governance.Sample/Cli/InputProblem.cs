using System.Globalization;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// Turns the library's error lists into what a host reads on standard error: the file, the line, the field and what is
/// wrong, for every error of the file (the first in the opening sentence), then, past a hundred, how many more.
/// </summary>
internal static class InputProblem
{
    // Every error of a file is listed; only a hostile file's hundreds are cut short.
    private const int Listed = 100;

    /// <summary>Every error of an input file (rows or JSON), one a line, the first in the sentence; past 100, how many more.</summary>
    public static CliException From(string file, IReadOnlyList<InputError> errors, int? total = null)
    {
        var lines = errors.Take(Listed).Select(error => Where(file, error) + ": " + error.Message.TrimEnd('.')).ToList();
        var more = (total ?? errors.Count) - lines.Count;
        return CliException.BadInput(lines[0] + "."
            + string.Concat(lines.Skip(1).Select(static line => Environment.NewLine + "  " + line))
            + (more > 0 ? Environment.NewLine + string.Create(CultureInfo.InvariantCulture, $"  and {more} more errors") : string.Empty));
    }

    private static string Where(string file, InputError error) => error switch
    {
        { JsonPath: { } path } => string.Create(CultureInfo.InvariantCulture, $"{file}, line {error.Line}, field {path} (column {error.Column})"),
        { Cell: { } cell } => $"{file}, sheet '{error.Source}', cell {cell}" + (error.Field.Length > 0 ? $" ({error.Field})" : string.Empty),
        { Line: 0, Field.Length: 0 } => file,
        { Line: 0 } => $"{file}, field {error.Field}",
        { Field.Length: 0 } => string.Create(CultureInfo.InvariantCulture, $"{file}, line {error.Line}") + (error.Column > 0 ? string.Create(CultureInfo.InvariantCulture, $", column {error.Column}") : string.Empty),
        _ => string.Create(CultureInfo.InvariantCulture, $"{file}, line {error.Line}, field {error.Field}") + (error.Column > 0 ? string.Create(CultureInfo.InvariantCulture, $" (column {error.Column})") : string.Empty),
    };
}
