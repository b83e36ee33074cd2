using KhanhHoa.Governance.Rollup;
using NodaTime;

namespace KhanhHoa.Governance.Tests.Rollup;

// Rows handed to DossierStore.FromRecords (an API caller, not a file) are checked field by field as a file's would be:
// each error at its 1-based row and the field's contract column, the whole input refused, or the bad rows skipped and
// counted while the good ones are kept.
public sealed class DossierStoreRecordsTest
{
    private static readonly LocalDateTime Received = new(2025, 9, 10, 8, 30);

    private static readonly DossierRecord Good = RollupEnginePropertyTest.Dossier("ok", "P", Received, Received.PlusDays(2));

    // Each bad row, the errors it must bring, and the good rows around them (1, 8, 10) that a skipping read keeps.
    private static readonly (DossierRecord Row, (int Column, string Field, string Message)[] Errors)[] Rows =
    [
        (Good, []),
        (Good with { DossierId = string.Empty }, [(1, "dossier_id", "must not be empty")]),
        (Good with { DossierId = "3", UnitCode = string.Empty, ProcedureCode = string.Empty }, [(2, "unit_code", "must not be empty"), (3, "procedure_code", "must not be empty")]),
        (Good with { DossierId = "4", ServiceLevel = (ServiceLevel)7, Channel = (FilingChannel)9 }, [(4, "service_level", "expected full, partial or none"), (5, "channel", "expected online, direct or postal")]),
        (Good with { DossierId = "5", ReceivedAt = new LocalDateTime(1999, 12, 31, 23, 59), FinishedAt = null, DueDate = new LocalDate(2179, 6, 6) },
            [(6, "received_at", DossierFieldParser.OutOfRange), (7, "due_date", DossierFieldParser.OutOfRange)]),
        (Good with { DossierId = "6", FinishedAt = new LocalDateTime(2179, 6, 6, 0, 0) }, [(8, "finished_at", DossierFieldParser.OutOfRange)]),
        (Good with { DossierId = "7", SupplementRequests = -1 }, [(9, "supplement_requests", "must not be negative")]),
        (Good with { DossierId = "8", SupplementRequests = 0 }, []),
        (Good with { DossierId = "9", FinishedAt = Received.PlusMinutes(-1) }, [(8, "finished_at", "finished before it was received")]),
        (Good with { DossierId = "10", FinishedAt = Received }, []),
        (Good with { ProcedureCode = "T2" }, [(1, "dossier_id", "duplicate dossier id")]),
    ];

    [Fact]
    public void Every_bad_field_of_a_record_is_located_at_its_row_and_contract_column()
    {
        var expected = Rows.SelectMany((row, i) => row.Errors.Select(e => new InputError(i + 1, e.Column, e.Message) { Field = e.Field })).ToList();

        var rejected = DossierStore.FromRecords(Rows.Select(r => r.Row));

        Assert.False(rejected.Success);
        Assert.Equal(expected, rejected.Errors);
        Assert.Equal(expected.Count, rejected.ErrorCount);
    }

    [Fact]
    public void Skipping_bad_records_keeps_the_good_ones_and_counts_the_rows_skipped()
    {
        var skipped = DossierStore.FromRecords(Rows.Select(r => r.Row), DossierReadOptions.Default with { SkipBadRows = true });

        Assert.True(skipped.Success);
        Assert.Equal(8, skipped.SkippedRows);
        var store = skipped.Value;
        Assert.Equal(3, store.Count);
        Assert.Equal(RollupTestData.Store([Good, Rows[7].Row, Rows[9].Row]).IdHashes, store.IdHashes);
    }

    // With no error kept (MaxErrorsReported 0) a bad row is still a bad row: skipped and counted, not a crash.
    [Fact]
    public void Bad_records_are_skipped_and_counted_even_when_no_error_is_kept()
    {
        var options = DossierReadOptions.Default with { SkipBadRows = true, MaxErrorsReported = 0 };

        var read = DossierStore.FromRecords(Rows.Select(r => r.Row), options);

        Assert.True(read.Success);
        Assert.Empty(read.Errors);
        Assert.Equal(Rows.Sum(r => r.Errors.Length), read.ErrorCount);
        Assert.Equal(8, read.SkippedRows);
        Assert.Equal(3, read.Value.Count);
    }

    [Fact]
    public void A_unit_the_options_do_not_know_is_located_in_its_column()
    {
        var read = DossierStore.FromRecords([Good, Good with { DossierId = "2", UnitCode = "X" }], DossierReadOptions.Default with { KnownUnitCodes = new HashSet<string> { "P" } });

        Assert.Equal(new InputError(2, 2, "unknown unit code 'X'") { Field = "unit_code" }, Assert.Single(read.Errors));
    }

    // Up to 63 supplement requests are kept; more are stored as 63, which still says "more than one" to the on-time rule.
    [Theory]
    [InlineData(63, 63)]
    [InlineData(64, 63)]
    [InlineData(1000, 63)]
    public void Supplement_requests_are_stored_up_to_63(int requests, int stored)
    {
        var store = RollupTestData.Store([Good with { SupplementRequests = requests }]);

        Assert.Equal(stored, store.Attributes[0] >> DossierStore.SupplementShift);
    }

    [Fact]
    public void A_slice_outside_the_store_is_refused()
    {
        var store = RollupTestData.Store([Good, Good with { DossierId = "2" }]);

        Assert.Throws<ArgumentOutOfRangeException>("start", () => store.Slice(-1, 1));
        Assert.Throws<ArgumentOutOfRangeException>("count", () => store.Slice(0, -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => store.Slice(1, 2));
        Assert.Equal(store.IdHashes[1], Assert.Single(store.Slice(1, 1).IdHashes));
        Assert.Empty(store.Slice(2, 0).IdHashes);
    }
}
