using System.Globalization;

namespace KhanhHoa.Governance;

/// <summary>
/// One problem in a data file, with where it is. Every JSON loader of the library (<see cref="Data.GovernanceDataLoader"/>,
/// <see cref="Data.GovernanceData"/>'s <c>Load</c>, <see cref="Indicators.IndicatorCatalog"/>'s and
/// <see cref="Indicators.ReportFigureSet"/>'s <c>Load</c>, <see cref="Calendar.CalendarSchedule.Load(string)"/>) reports all
/// the problems of a file at once as a list of these, and loads nothing when there is one.
/// </summary>
/// <param name="Path">
/// The JSON path of the value concerned, e.g. <c>$.plans[0].tasks[12].lead.agencies[1]</c>; for a missing property,
/// the path it should have. <c>GovernanceData.Load</c> prefixes it with the file, e.g. <c>plans:$.plans[0].id</c>.
/// </param>
/// <param name="Line">The one-based line of the value in the file (for a missing property, the line of its object).</param>
/// <param name="Column">The one-based column, in characters, of the value in the file.</param>
/// <param name="Message">What is wrong.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DataLoadError(string Path, int Line, int Column, string Message)
{
    /// <summary>The error in one line: <c>$.plans[0].tasks[3].id (line 42, column 13): duplicate task id '27.1'</c>.</summary>
    /// <returns>The formatted error, independent of the current culture.</returns>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Path} (line {Line}, column {Column}): {Message}");
}
