using KhanhHoa.Governance.Rollup;

namespace KhanhHoa.Governance.Tests.Rollup;

/// <summary>
/// The dossier CSV read as the reader did before its chunks were parsed into the store's own columns: one tokenizer over
/// the whole file on one thread, each row checked against the id set as it is appended (the JSON-lines reader's
/// path). The reference the chunked, parallel reader must equal in store, errors and counts.
/// </summary>
internal static class SequentialCsvReference
{
    public static InputResult<DossierStore> Read(byte[] file, DossierReadOptions options)
    {
        var errors = new ErrorCollector(options.MaxErrorsReported);
        var tokenizer = new Utf8CsvTokenizer(file, file.Length, continuation: false);
        if (DossierCsvReader.ReadHeader(tokenizer, tokenizer.Read(), options.ColumnMap, errors) is not { } columns)
        {
            return errors.Reject<DossierStore>();
        }

        var builder = new DossierStoreBuilder(options.KnownUnitCodes);
        var headerFields = tokenizer.FieldCount;
        DossierCsvReader.ReadRecords(tokenizer, columns, headerFields, new DossierRowSink(builder, errors), errors, stopAtCutRecord: false, out var skipped);
        return errors.Count > 0 && !options.SkipBadRows
            ? errors.Reject<DossierStore>()
            : errors.Accept(builder.Build(), skipped);
    }
}
