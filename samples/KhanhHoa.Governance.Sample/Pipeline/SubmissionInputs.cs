using System.Globalization;
using KhanhHoa.Governance.Data;
using KhanhHoa.Governance.Primitives;
using KhanhHoa.Governance.Reporting.Import;
using KhanhHoa.Governance.Sample.Cli;
using KhanhHoa.Governance.Submissions;

namespace KhanhHoa.Governance.Sample.Pipeline;

/// <summary>
/// Reads a unit's submission file, or a folder of them (every <c>*.csv</c> read together, since one submission's figures,
/// progress and difficulties may sit in three files, every <c>*.json</c> and every filled Excel form <c>*.xlsx</c> one by
/// one), all or nothing: any error fails the whole input with every error listed.
/// </summary>
internal static class SubmissionInputs
{
    /// <summary>The desk of the embedded data sets, organisation and plans.</summary>
    public static SubmissionDesk Desk(GovernanceData data) => new(data.DataSets, data.OrgUnits, data.Plans);

    /// <summary>The accepted submissions of <paramref name="path"/>, or bad input listing every error.</summary>
    public static IReadOnlyList<CheckedSubmission> Read(string path, string option, SubmissionDesk desk, Terminal terminal)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path).Where(static f => IsCsv(f) || IsJson(f) || IsForm(f)).Order(StringComparer.Ordinal).ToList()
            : [path];
        if (!Directory.Exists(path))
        {
            using var probe = InputFile.OpenRead(path, option, terminal);
        }

        if (files.Count == 0)
        {
            throw CliException.BadInput($"{option} {path}: the folder holds no .csv, .json or .xlsx submission file.");
        }

        var errors = new List<InputError>();
        var accepted = new List<CheckedSubmission>();
        var csv = files.Where(IsCsv).ToList();
        if (csv.Count > 0)
        {
            var read = SubmissionCsvReader.ReadFiles(csv, desk);
            Collect(read, accepted, errors);
        }

        foreach (var file in files.Where(f => !IsCsv(f)))
        {
            var read = IsForm(file)
                ? SubmissionFormReader.ReadFile(file, desk).WithErrors(e => e with { Source = e.Source is { } sheet ? $"{file}, sheet {sheet}" : file })
                : SubmissionJson.ReadFile(file, desk);
            Collect(read.ConvertToList(), accepted, errors);
        }

        return errors.Count == 0 ? accepted : throw Rejected(errors);
    }

    /// <summary>One error, with its file and place, on one line.</summary>
    public static string Describe(InputError error)
    {
        var file = error.Source is { } source ? Path.GetFileName(source) : "input";
        var where = error switch
        {
            { Cell: { } cell } => $"{file}, cell {cell}",
            { JsonPath: { } path } => string.Create(CultureInfo.InvariantCulture, $"{file}, line {error.Line}, {path}"),
            { Line: > 0, Column: > 0 } => string.Create(CultureInfo.InvariantCulture, $"{file}, line {error.Line}, column {error.Column}"),
            { Line: > 0 } => string.Create(CultureInfo.InvariantCulture, $"{file}, line {error.Line}"),
            _ => file,
        };
        return $"{where}: {error.Message}";
    }

    private static CliException Rejected(List<InputError> errors) =>
        CliException.BadInput(string.Create(CultureInfo.InvariantCulture, $"{errors.Count} error{(errors.Count == 1 ? string.Empty : "s")}; nothing was accepted.")
            + string.Concat(errors.Select(static e => Environment.NewLine + "  " + Describe(e))));

    private static void Collect(InputResult<IReadOnlyList<CheckedSubmission>> read, List<CheckedSubmission> accepted, List<InputError> errors)
    {
        if (read.TryGetValue(out var value))
        {
            accepted.AddRange(value);
        }
        else
        {
            errors.AddRange(read.Errors);
        }
    }

    private static InputResult<IReadOnlyList<CheckedSubmission>> ConvertToList(this InputResult<CheckedSubmission> result) =>
        result.TryGetValue(out var one) ? InputResult<IReadOnlyList<CheckedSubmission>>.ForValue([one]) : result.ConvertError<IReadOnlyList<CheckedSubmission>>();

    private static bool IsCsv(string file) => file.EndsWith(".csv", StringComparison.OrdinalIgnoreCase);

    private static bool IsJson(string file) => file.EndsWith(".json", StringComparison.OrdinalIgnoreCase);

    private static bool IsForm(string file) => file.EndsWith(".xlsx", StringComparison.OrdinalIgnoreCase);
}
