namespace KhanhHoa.Governance.Tasks.Import;

/// <summary>
/// Puts a row's cells into the table's columns. A Word row has one cell per column and goes straight in; a row of
/// extracted text has lost its empty cells and split its multi-paragraph cells into lines, so its cells are placed
/// around the deadline (the one cell whose content says which column it is) and every placement that is not
/// one-to-one is recorded as a note.
/// </summary>
internal static class RowFitter
{
    /// <summary>The cell text of each column (empty when the row prints nothing there) and the notes of the placement.</summary>
    /// <param name="columns">The table's columns in order.</param>
    /// <param name="row">The row.</param>
    /// <param name="isDeadline">Whether a cell's text reads as a deadline rather than an agency cell.</param>
    /// <param name="isAgency">Whether a line starts with an agency's name (so it does not continue the task text).</param>
    public static (string[] Cells, List<string> Notes) Fit(IReadOnlyList<PlanColumn> columns, DocumentRow row, Func<string, bool> isDeadline, Func<string, bool> isAgency)
    {
        var cells = row.Cells.Select(static c => c.Text).ToList();
        var notes = new List<string>();
        if (row.Positioned && cells.Count == columns.Count)
        {
            return ([.. cells], notes);
        }

        if (!row.Positioned)
        {
            cells.RemoveAll(static c => c.Length == 0);
        }

        var placed = new string[columns.Count];
        Array.Fill(placed, string.Empty);
        var deadlineColumn = IndexOf(columns, PlanColumn.Deadline);

        // The deadline is the cell that says what it is; it stands after the number and the task.
        var deadlineCell = -1;
        if (deadlineColumn >= 0)
        {
            var after = columns.Count - deadlineColumn - 1;
            for (var i = cells.Count - 1; i >= 2 && cells.Count - 1 - i <= after; i--)
            {
                if (isDeadline(cells[i]))
                {
                    deadlineCell = i;
                    break;
                }
            }
        }

        // A deadline of several bullet lines (dated milestones) is one cell.
        while (deadlineCell > 2 && ContinuesBelow(cells[deadlineCell - 1], cells[deadlineCell]) && isDeadline(cells[deadlineCell - 1]))
        {
            cells[deadlineCell - 1] += "\n" + cells[deadlineCell];
            cells.RemoveAt(deadlineCell--);
            notes.Add("The deadline cell is printed over several lines; they are read as one cell.");
        }

        if (deadlineCell >= 0)
        {
            placed[deadlineColumn] = cells[deadlineCell];
            FitSide(columns, placed, 0, deadlineColumn, cells.GetRange(0, deadlineCell), notes, isAgency);
            FitSide(columns, placed, deadlineColumn + 1, columns.Count, cells.GetRange(deadlineCell + 1, cells.Count - deadlineCell - 1), notes, isAgency);
        }
        else
        {
            var end = deadlineColumn >= 0 && cells.Count <= deadlineColumn ? deadlineColumn : columns.Count;
            FitSide(columns, placed, 0, end, cells, notes, isAgency);
        }

        return (placed, notes);
    }

    private static void FitSide(IReadOnlyList<PlanColumn> columns, string[] placed, int from, int to, List<string> cells, List<string> notes, Func<string, bool> isAgency)
    {
        var width = to - from;
        if (cells.Count > width)
        {
            MergeLines(columns, from, cells, width, notes, isAgency);
        }

        for (var i = 0; i < cells.Count && i < width; i++)
        {
            placed[from + i] = cells[i];
        }

        if (cells.Count < width && cells.Count > 0)
        {
            var missing = Enumerable.Range(from + cells.Count, width - cells.Count).Select(c => columns[c]).ToList();
            notes.Add(missing.SequenceEqual([PlanColumn.Coordinating]) && columns[from + cells.Count - 1] == PlanColumn.Lead
                ? "Only one agency cell is printed; it is read as the lead and the coordinating cell as empty."
                : $"No {string.Join(", ", missing.Select(Describe))} cell is printed; read as empty.");
        }
    }

    // Too many lines for the columns: a cell printed over several lines (bullets, a list ending in ";", a second
    // paragraph of the task before the first agency) is joined back.
    private static void MergeLines(IReadOnlyList<PlanColumn> columns, int from, List<string> cells, int width, List<string> notes, Func<string, bool> isAgency)
    {
        var task = -1;
        for (var c = from; c < from + width; c++)
        {
            task = columns[c] == PlanColumn.Task ? c - from : task;
        }

        while (cells.Count > width)
        {
            var join = -1;
            for (var i = 0; i + 1 < cells.Count && join < 0; i++)
            {
                if (ContinuesBelow(cells[i], cells[i + 1]))
                {
                    join = i;
                }
            }

            if (join < 0 && task >= 0 && task + 1 < cells.Count && !isAgency(cells[task + 1]))
            {
                join = task;
            }

            // Nothing marks the joint: the surplus lines join the last column, and the note says so.
            var guessed = join < 0;
            join = guessed ? width - 1 : join;
            var column = columns[Math.Min(from + join, columns.Count - 1)];
            notes.Add(guessed
                ? $"The row prints more lines than columns; \"{Shorten(cells[join + 1])}\" is read as part of the {Describe(column)} cell."
                : $"The {Describe(column)} cell is printed over several lines; they are read as one cell.");
            cells[join] = cells[join] + "\n" + cells[join + 1];
            cells.RemoveAt(join + 1);
        }
    }

    private static bool ContinuesBelow(string line, string next) =>
        (IsBullet(line) && IsBullet(next)) || line.TrimEnd().EndsWith(';') || line.TrimEnd().EndsWith(',');

    private static bool IsBullet(string line) => line.TrimStart().StartsWith('-') || line.TrimStart().StartsWith('+') || line.TrimStart().StartsWith('•');

    private static int IndexOf(IReadOnlyList<PlanColumn> columns, PlanColumn column)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i] == column)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    /// <summary>How a note names a column.</summary>
    public static string Describe(PlanColumn column) => column switch
    {
        PlanColumn.Number => "number",
        PlanColumn.Task => "task",
        PlanColumn.Lead => "lead",
        PlanColumn.Coordinating => "coordinating",
        PlanColumn.ExpectedResult => "expected-result",
        PlanColumn.Deadline => "deadline",
        PlanColumn.Remark => "remark",
        PlanColumn.Content => "content",
        _ => "unread",
    };
}
