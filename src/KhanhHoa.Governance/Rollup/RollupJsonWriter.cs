using System.Text.Json;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// Writes rollups in the JSON contract (docs/rollup-contract.md): per period an object
/// <c>{"contract":"khanhhoa.rollup/1","period":{"id","start","end"},"units":[{"code","parent","measures":{…}}]}</c>,
/// measures as integers under their contract names. Output is byte-identical for identical input.
/// </summary>
/// <threadsafety>Stateless; safe to use from several threads on different writers.</threadsafety>
public static class RollupJsonWriter
{
    /// <summary>The contract version written in every document.</summary>
    public const string ContractVersion = "khanhhoa.rollup/1";

    private static readonly JsonEncodedText[] MeasureNames =
        [.. DossierMeasures.All.Select(m => JsonEncodedText.Encode(DossierMeasures.NameOf(m)))];

    /// <summary>Writes one period's document.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="period">The period rollup.</param>
    /// <param name="options">Options; <see cref="RollupJsonOptions.Default"/> when <see langword="null"/>.</param>
    public static void Write(Utf8JsonWriter writer, PeriodRollup period, RollupJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(period);
        options ??= RollupJsonOptions.Default;
        writer.WriteStartObject();
        writer.WriteString("contract", ContractVersion);
        writer.WriteStartObject("period");
        writer.WriteString("id", period.Period.Id);
        writer.WriteString("start", Iso(period.Period.Start));
        writer.WriteString("end", Iso(period.Period.End));
        writer.WriteEndObject();
        writer.WriteStartArray("units");
        foreach (var unit in period.Units)
        {
            writer.WriteStartObject();
            writer.WriteString("code", unit.Code);
            if (unit.ParentCode is { } parent)
            {
                writer.WriteString("parent", parent);
            }
            else
            {
                writer.WriteNull("parent");
            }

            writer.WriteStartObject("measures");
            for (var m = 0; m < MeasureNames.Length; m++)
            {
                writer.WriteNumber(MeasureNames[m], unit.Measures[(DossierMeasure)m]);
            }

            writer.WriteEndObject();
            options.WriteUnitExtras?.Invoke(writer, period, unit);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }

    /// <summary>Writes a result: the period's document when it has one period, otherwise an array of them.</summary>
    /// <param name="stream">Where to write UTF-8 JSON.</param>
    /// <param name="result">The result.</param>
    /// <param name="options">Options; <see cref="RollupJsonOptions.Default"/> when <see langword="null"/>.</param>
    public static void Write(Stream stream, RollupResult result, RollupJsonOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(result);
        options ??= RollupJsonOptions.Default;
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = options.Indented });
        if (result.Periods.Count == 1)
        {
            Write(writer, result.Periods[0], options);
        }
        else
        {
            writer.WriteStartArray();
            foreach (var period in result.Periods)
            {
                Write(writer, period, options);
            }

            writer.WriteEndArray();
        }
    }

    /// <summary>The result as a UTF-8 JSON byte array (see <see cref="Write(Stream, RollupResult, RollupJsonOptions?)"/>).</summary>
    /// <param name="result">The result.</param>
    /// <param name="options">Options.</param>
    /// <returns>The JSON bytes.</returns>
    public static byte[] ToUtf8Bytes(RollupResult result, RollupJsonOptions? options = null)
    {
        using var stream = new MemoryStream();
        Write(stream, result, options);
        return stream.ToArray();
    }

    private static string Iso(LocalDate date) =>
        date.ToString("uuuu'-'MM'-'dd", System.Globalization.CultureInfo.InvariantCulture);
}
