using System.Runtime.CompilerServices;

namespace KhanhHoa.Governance.Rollup;

/// <summary>Where a reader finds the contract's fields of the current row.</summary>
internal interface IDossierFieldSource
{
    /// <summary>The field's UTF-8 text (empty when absent).</summary>
    ReadOnlySpan<byte> Get(int contractColumn);

    /// <summary>The 1-based column to report for the field.</summary>
    int ColumnOf(int contractColumn);
}

/// <summary>
/// Parses the contract fields of one row and appends the dossier to a builder, or reports every problem of
/// the row; shared by the CSV and JSON-lines readers. Allocates nothing unless the row is bad.
/// </summary>
internal sealed class DossierRowSink
{
    // Rows whose duplicate-id check is deferred to one batched commit (see DossierStoreBuilder.CommitDeferredIds).
    private const int Batch = 256;
    private readonly DossierStoreBuilder builder;
    private readonly ErrorCollector errors;
    private readonly int[] pendingLines = new int[Batch];
    private readonly int[] pendingIdColumns = new int[Batch];
    private readonly int[] duplicates = new int[Batch];
    private int pending;

    private readonly List<int>? rowLines;

    /// <param name="builder">Where the rows go.</param>
    /// <param name="errors">Where their problems go.</param>
    /// <param name="rowLines">
    /// For a chunk of a parallel read: receives the line of every row appended, in order, and ids are not checked here
    /// at all: the read checks every row against the whole input in order, and reports duplicates at these lines.
    /// </param>
    public DossierRowSink(DossierStoreBuilder builder, ErrorCollector errors, List<int>? rowLines = null)
    {
        this.builder = builder;
        this.errors = errors;
        this.rowLines = rowLines;
        // Any error, the reader's own included, first commits the deferred rows: their duplicate errors come
        // before it, in line order, as if each row had been checked when it was read.
        errors.BeforeAdd = Commit;
    }

    public int SkippedRows { get; private set; }

    /// <summary>Commits the deferred rows; call before building the store.</summary>
    public void Complete()
    {
        Commit();
        errors.BeforeAdd = null;
    }

    public void Process<TSource>(int line, ref TSource source)
        where TSource : IDossierFieldSource
    {
        var before = errors.Count;
        var id = source.Get(DossierColumns.DossierId);
        var unit = source.Get(DossierColumns.UnitCode);
        var procedure = source.Get(DossierColumns.ProcedureCode);
        RequireText(line, ref source, DossierColumns.DossierId, id);
        RequireText(line, ref source, DossierColumns.UnitCode, unit);
        RequireText(line, ref source, DossierColumns.ProcedureCode, procedure);
        Check(line, ref source, DossierColumns.ServiceLevel, DossierFieldParser.ParseServiceLevel(source.Get(DossierColumns.ServiceLevel), out var level));
        Check(line, ref source, DossierColumns.Channel, DossierFieldParser.ParseChannel(source.Get(DossierColumns.Channel), out var channel));
        Check(line, ref source, DossierColumns.ReceivedAt, DossierFieldParser.ParseDateTime(source.Get(DossierColumns.ReceivedAt), out var receivedDay, out var receivedMinute));
        Check(line, ref source, DossierColumns.DueDate, DossierFieldParser.ParseDate(source.Get(DossierColumns.DueDate), out var dueDay));
        var finishedText = source.Get(DossierColumns.FinishedAt);
        var finishedDay = -1;
        var finishedMinute = 0;
        if (!finishedText.IsEmpty)
        {
            Check(line, ref source, DossierColumns.FinishedAt, DossierFieldParser.ParseDateTime(finishedText, out finishedDay, out finishedMinute));
        }

        Check(line, ref source, DossierColumns.SupplementRequests, DossierFieldParser.ParseCount(source.Get(DossierColumns.SupplementRequests), out var supplements));
        var flags = 0;
        flags |= Flag(line, ref source, DossierColumns.Digitized, DossierStore.FlagDigitized);
        flags |= Flag(line, ref source, DossierColumns.EResult, DossierStore.FlagEResult);
        flags |= Flag(line, ref source, DossierColumns.ReusedData, DossierStore.FlagReusedData);
        flags |= Flag(line, ref source, DossierColumns.IdLinked, DossierStore.FlagIdLinked);
        flags |= Flag(line, ref source, DossierColumns.FeeRequired, DossierStore.FlagFeeRequired);
        flags |= Flag(line, ref source, DossierColumns.PaidOnline, DossierStore.FlagPaidOnline);
        if (errors.Count > before)
        {
            SkippedRows++;
            return;
        }

        var unitIndex = builder.UnitIndex(unit);
        var status = builder.TryAppend(
            DossierIdHash.Of(id),
            unitIndex,
            builder.ProcedureIndex(procedure),
            receivedDay,
            receivedMinute,
            dueDay,
            finishedDay,
            finishedMinute,
            supplements,
            level,
            channel,
            flags,
            deferIdCheck: true);
        if (status != DossierStoreBuilder.AddStatus.Added)
        {
            var columns = source;
            DossierStoreBuilder.ReportStatus(status, line, errors, c => columns.ColumnOf(c), builder.UnitCode(unitIndex));
            SkippedRows++;
            return;
        }

        if (rowLines is not null)
        {
            rowLines.Add(line);
            return;
        }

        pendingLines[pending] = line;
        pendingIdColumns[pending] = source.ColumnOf(DossierColumns.DossierId);
        if (++pending == Batch)
        {
            Commit();
        }
    }

    private void Commit()
    {
        if (pending == 0)
        {
            return;
        }

        // Cleared first: the duplicate errors below call back here through ErrorCollector.BeforeAdd.
        pending = 0;
        var found = builder.CommitDeferredIds(duplicates);
        for (var i = 0; i < found; i++)
        {
            var row = duplicates[i];
            errors.Add(pendingLines[row], pendingIdColumns[row], DossierColumns.Names[DossierColumns.DossierId], "duplicate dossier id");
            SkippedRows++;
        }
    }

    // Inlined: it runs for every field of every row, and does nothing unless the field is bad.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void RequireText<TSource>(int line, ref TSource source, int column, ReadOnlySpan<byte> text)
        where TSource : IDossierFieldSource
    {
        if (text.IsEmpty)
        {
            errors.Add(line, source.ColumnOf(column), DossierColumns.Names[column], "must not be empty");
        }
    }

    // Inlined: it runs for every field of every row, and does nothing unless the field is bad.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Check<TSource>(int line, ref TSource source, int column, string? error)
        where TSource : IDossierFieldSource
    {
        if (error is not null)
        {
            errors.Add(line, source.ColumnOf(column), DossierColumns.Names[column], error);
        }
    }

    // Inlined: it runs for every field of every row, and does nothing unless the field is bad.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Flag<TSource>(int line, ref TSource source, int column, int bit)
        where TSource : IDossierFieldSource
    {
        Check(line, ref source, column, DossierFieldParser.ParseFlag(source.Get(column), out var value));
        return value ? bit : 0;
    }
}
