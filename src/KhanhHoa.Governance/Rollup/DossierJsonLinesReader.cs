using System.Text.Json;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Reads dossiers as JSON lines (docs/rollup-contract.md): one JSON object per line whose property names are the
/// CSV columns; text fields are strings, <c>supplement_requests</c> a number, flags <c>0</c>/<c>1</c> or
/// <c>true</c>/<c>false</c>, <c>finished_at</c> a string, <c>null</c> or absent while in progress. Unknown
/// properties are ignored; blank lines are skipped.
/// </summary>
/// <remarks>
/// Errors name the line (first record = line 1) and, as the column, the 1-based byte position of the value in the
/// line. A line with bytes that are not UTF-8, a NUL byte or a field holding U+0000 is an error; a UTF-16 input is
/// rejected whole with one error at line 1, even with <see cref="DossierReadOptions.SkipBadRows"/>.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads on different streams.</threadsafety>
public static class DossierJsonLinesReader
{
    /// <summary>Reads dossiers from a JSON-lines stream.</summary>
    /// <param name="stream">The UTF-8 input; read to its end, not closed.</param>
    /// <param name="options">Validation options; <see cref="DossierReadOptions.Default"/> when <see langword="null"/>.</param>
    /// <returns>The store, or the errors that rejected the input.</returns>
    public static InputResult<DossierStore> Read(Stream stream, DossierReadOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        options ??= DossierReadOptions.Default;
        var errors = new ErrorCollector(options.MaxErrorsReported);
        var builder = new DossierStoreBuilder(options.KnownUnitCodes);
        var sink = new DossierRowSink(builder, errors);
        var source = new JsonFieldSource();
        var tokenizer = new Utf8LineReader(stream);
        var skipped = 0;
        while (tokenizer.ReadLine(out var line))
        {
            if (line.Trim(" \t\r"u8).IsEmpty)
            {
                continue;
            }

            var lineNumber = tokenizer.LineNumber;
            if (!source.Load(line, out var message, out var column))
            {
                errors.Add(lineNumber, column, string.Empty, message);
                skipped++;
                continue;
            }

            sink.Process(lineNumber, ref source);
        }

        sink.Complete();
        if (tokenizer.Utf16Problem is { } utf16)
        {
            errors.Add(1, 0, string.Empty, utf16);
            return errors.Reject<DossierStore>();
        }

        skipped += sink.SkippedRows;
        return errors.Count > 0 && !options.SkipBadRows
            ? errors.Reject<DossierStore>()
            : errors.Accept(builder.Build(), skipped);
    }

    private struct JsonFieldSource : IDossierFieldSource
    {
        private readonly byte[] values;
        private readonly int[] starts;
        private readonly int[] lengths;
        private readonly int[] columns;

        public JsonFieldSource()
        {
            values = new byte[4096];
            starts = new int[DossierColumns.Count];
            lengths = new int[DossierColumns.Count];
            columns = new int[DossierColumns.Count];
        }

        public readonly ReadOnlySpan<byte> Get(int contractColumn) => values.AsSpan(starts[contractColumn], lengths[contractColumn]);

        public readonly int ColumnOf(int contractColumn) => columns[contractColumn];

        public bool Load(ReadOnlySpan<byte> line, out string message, out int column)
        {
            Array.Clear(lengths);
            Array.Clear(columns);
            var used = 0;
            message = string.Empty;
            column = 1;
            var bad = Utf8Text.IndexOfInvalid(line);
            if (bad >= 0)
            {
                message = Utf8Text.Describe(line[bad]);
                column = bad + 1;
                return false;
            }

            try
            {
                var reader = new Utf8JsonReader(line);
                if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                {
                    message = "expected a JSON object";
                    return false;
                }

                while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
                {
                    var index = reader.ValueIsEscaped ? DossierColumns.IndexOf(System.Text.Encoding.UTF8.GetBytes(reader.GetString()!)) : DossierColumns.IndexOf(reader.ValueSpan);
                    if (!reader.Read())
                    {
                        break;
                    }

                    if (index < 0)
                    {
                        reader.Skip();
                        continue;
                    }

                    column = (int)reader.TokenStartIndex + 1;
                    columns[index] = column;
                    ReadOnlySpan<byte> text;
                    switch (reader.TokenType)
                    {
                        case JsonTokenType.String:
                        case JsonTokenType.Number:
                            // Escapes are rare in these fields: only then is the value decoded through a string.
                            text = reader.ValueIsEscaped ? System.Text.Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;

                            break;
                        case JsonTokenType.True:
                            text = "1"u8;
                            break;
                        case JsonTokenType.False:
                            text = "0"u8;
                            break;
                        case JsonTokenType.Null:
                            text = [];
                            break;
                        default:
                            message = $"'{DossierColumns.Names[index]}' must be a string, number, boolean or null";
                            return false;
                    }

                    // An escaped \u0000 decodes to the NUL the raw text may not hold.
                    if (text.Contains((byte)0))
                    {
                        message = $"'{DossierColumns.Names[index]}' contains a NUL character";
                        return false;
                    }

                    if (used + text.Length > values.Length)
                    {
                        message = "record too long";
                        return false;
                    }

                    text.CopyTo(values.AsSpan(used));
                    starts[index] = used;
                    lengths[index] = text.Length;
                    used += text.Length;
                }

                if (reader.TokenType != JsonTokenType.EndObject || reader.Read())
                {
                    message = "expected one JSON object on the line";
                    column = (int)reader.TokenStartIndex + 1;
                    return false;
                }
            }
            catch (JsonException e)
            {
                message = "malformed JSON: " + e.Message;
                column = (int)(e.BytePositionInLine ?? 0) + 1;
                return false;
            }
            catch (InvalidOperationException e)
            {
                // GetString throws this, not a JsonException, for an escape that decodes to a lone surrogate.
                message = "malformed JSON: " + e.Message;
                return false;
            }

            for (var i = 0; i < DossierColumns.Count; i++)
            {
                if (columns[i] == 0 && i != DossierColumns.FinishedAt)
                {
                    message = $"missing property '{DossierColumns.Names[i]}'";
                    column = 0;
                    return false;
                }
            }

            return true;
        }
    }
}
