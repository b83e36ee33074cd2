using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Organization;
using NodaTime.Text;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The JSON form of a <see cref="RollupPartial"/>, for people and other languages (docs/partial-format.md,
/// schemas/rollup-partial.v1.schema.json): the format and contract versions, the periods, the unit tree, the re-base, the time
/// segments the periods cut, the number of dossiers, every non-zero cell's counters under the measures' contract names,
/// and the optional dossier-id fingerprints. Output is byte-identical for equal partials.
/// </summary>
/// <threadsafety>Stateless; safe to use from several threads.</threadsafety>
public static class RollupPartialJson
{
    /// <summary>The format written in <c>"format"</c> and the only one read.</summary>
    public const string FormatVersion = "khanhhoa.rollup-partial/1";

    private static readonly JsonWriterOptions WriterOptions = new() { Indented = true, Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>The partial as indented UTF-8 JSON.</summary>
    /// <param name="partial">The partial.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ToUtf8Bytes(RollupPartial partial)
    {
        using var stream = new MemoryStream();
        Write(stream, partial);
        return stream.ToArray();
    }

    /// <summary>Writes the partial as indented UTF-8 JSON.</summary>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="partial">The partial.</param>
    public static void Write(Stream stream, RollupPartial partial)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(partial);
        var engine = partial.Engine;
        using var writer = new Utf8JsonWriter(stream, WriterOptions);
        writer.WriteStartObject();
        writer.WriteString("format", FormatVersion);
        writer.WriteString("contract", partial.ContractVersion);
        writer.WriteStartArray("periods");
        foreach (var period in partial.Periods)
        {
            writer.WriteStartObject();
            writer.WriteString("id", period.Id);
            writer.WriteString("cutoff", period.Cutoff.ToString());
            writer.WriteString("start", Iso(period.Start));
            writer.WriteString("end", Iso(period.End));
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteStartArray("units");
        foreach (var unit in partial.Units)
        {
            OrgUnitJson.Write(writer, unit);
        }

        writer.WriteEndArray();
        if (partial.Rebase is { } rebase)
        {
            writer.WriteStartObject("rebase");
            writer.WriteString("onto", Iso(rebase.Onto));
            writer.WriteStartArray("successions");
            foreach (var succession in rebase.Successions)
            {
                OrgUnitJson.Write(writer, succession);
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        else
        {
            writer.WriteNull("rebase");
        }

        writer.WriteStartArray("segments");
        foreach (var segment in Segments(engine))
        {
            writer.WriteStartObject();
            writer.WriteString("from", segment.From);
            writer.WriteString("to", segment.To);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteNumber("dossierCount", partial.DossierCount);
        if (partial.DossierSetDigest is { } digest)
        {
            writer.WriteString("dossierSetDigest", digest.ToString("x16", CultureInfo.InvariantCulture));
        }

        writer.WriteStartArray("cells");
        for (var cell = 0; cell < engine.CellCount; cell++)
        {
            var counters = partial.Counters.AsSpan(cell * CellLanes.Width, DossierMeasures.Count);
            if (!counters.ContainsAnyExcept(0L))
            {
                continue;
            }

            writer.WriteStartObject();
            writer.WriteString("unit", engine.UnitCodes[cell / engine.SegmentCount]);
            writer.WriteNumber("segment", cell % engine.SegmentCount);
            writer.WriteStartObject("counters");
            for (var lane = 0; lane < counters.Length; lane++)
            {
                if (counters[lane] != 0)
                {
                    writer.WriteNumber(DossierMeasures.NameOf((DossierMeasure)lane), counters[lane]);
                }
            }

            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        if (partial.DossierIds is { } ids)
        {
            writer.WriteStartArray("dossierIdFingerprints");
            foreach (var id in ids)
            {
                writer.WriteStringValue(id.ToString("x16", CultureInfo.InvariantCulture));
            }

            writer.WriteEndArray();
        }

        writer.WriteEndObject();
    }

    /// <summary>Reads a partial written by <see cref="Write"/> (or by another program following the format).</summary>
    /// <param name="utf8Json">The document (UTF-8).</param>
    /// <returns>The partial, or every problem found with its JSON path, line and column.</returns>
    public static InputResult<RollupPartial> Read(ReadOnlySpan<byte> utf8Json)
    {
        var reader = JsonFieldReader.Open(utf8Json, out var root);
        if (root is null)
        {
            return reader.Result<RollupPartial>(() => null!);
        }

        Expect(reader, root, "format", FormatVersion);
        Expect(reader, root, "contract", RollupJsonWriter.ContractVersion);
        var periods = new List<ReportingPeriod>();
        var periodNodes = reader.Array(root, "periods", required: true);
        if (periodNodes.Count is 0 or > RollupPartial.MaxPeriods)
        {
            reader.Add(root, "periods", $"a partial counts 1 to {RollupPartial.MaxPeriods} periods, not {periodNodes.Count}");
        }

        foreach (var node in periodNodes.Take(RollupPartial.MaxPeriods).Where(reader.IsObject))
        {
            CutoffRule? cutoff = null;
            if (reader.String(node, "cutoff", required: true) is { } text)
            {
                if (CutoffRule.Parse(text).TryPickT0(out var rule, out var problem))
                {
                    cutoff = rule;
                }
                else
                {
                    reader.Add(node, "cutoff", $"'cutoff' is not a cut-off rule: {problem.Message}");
                }
            }

            if (cutoff is { } c && reader.String(node, "id", required: true) is { } id)
            {
                if (ReportingPeriod.Parse(id, c).TryPickT0(out var period, out var idError))
                {
                    periods.Add(period);
                    Expect(reader, node, "start", Iso(period.Start));
                    Expect(reader, node, "end", Iso(period.End));
                }
                else
                {
                    reader.Add(node, "id", $"'id' is not a reporting period: {idError.Message}");
                }
            }
        }

        var units = new List<OrgUnit>();
        foreach (var node in reader.Objects(root, "units", required: true))
        {
            if (OrgUnitJson.Read(reader, node) is { } unit)
            {
                units.Add(unit);
            }
        }

        RollupRebase? rebase = null;
        if (reader.Object(root, "rebase", required: false) is { } rebaseNode)
        {
            var onto = reader.Date(rebaseNode, "onto", required: true);
            var successions = new List<OrgSuccession>();
            foreach (var node in reader.Objects(rebaseNode, "successions", required: true))
            {
                if (OrgUnitJson.ReadSuccession(reader, node) is { } succession)
                {
                    successions.Add(succession);
                }
            }

            rebase = onto is { } day ? new RollupRebase(day, successions) : null;
        }

        var dossierCount = reader.Long(root, "dossierCount", required: true);
        if (dossierCount is < 0 or > RollupPartial.MaxDossierCount)
        {
            reader.Add(root, "dossierCount", $"'dossierCount' must be 0 to {RollupPartial.MaxDossierCount}");
        }

        if (reader.Errors.Count > 0)
        {
            return reader.Result<RollupPartial>(() => null!);
        }

        var created = RollupEngine.Create(units, periods, rebase);
        if (!created.Success)
        {
            foreach (var problem in created.Errors)
            {
                reader.Add(root, problem.Field == "periods" ? "periods" : "units", problem.Message);
            }

            return reader.Result<RollupPartial>(() => null!);
        }

        var engine = created.Value;
        if (RollupPartial.CellsProblem(engine) is { } cells)
        {
            reader.Add(root, "units", cells);
            return reader.Result<RollupPartial>(() => null!);
        }

        CheckSegments(reader, root, engine);
        var counters = ReadCells(reader, root, engine, dossierCount!.Value);
        var ids = ReadFingerprints(reader, root);
        var digest = ReadDigest(reader, root);
        return reader.Result(() => new RollupPartial(engine, counters, dossierCount.Value, ids, digest));
    }

    // Sixteen lower-case hex digits, or absent (a partial written before the digest existed).
    private static ulong? ReadDigest(JsonFieldReader reader, JsonSourceNode root)
    {
        if (reader.String(root, "dossierSetDigest", required: false) is not { } text)
        {
            return null;
        }

        if (text.Length == 16 && text.All(static c => c is (>= '0' and <= '9') or (>= 'a' and <= 'f'))
            && ulong.TryParse(text, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var digest))
        {
            return digest;
        }

        reader.Add(root, "dossierSetDigest", $"'dossierSetDigest' must be 16 lower-case hex digits, not '{text}'");
        return null;
    }

    private static void CheckSegments(JsonFieldReader reader, JsonSourceNode root, RollupEngine engine)
    {
        var expected = Segments(engine);
        var nodes = reader.Array(root, "segments", required: true);
        if (nodes.Count != expected.Count)
        {
            reader.Add(root, "segments", string.Create(CultureInfo.InvariantCulture, $"the periods cut {expected.Count} time segments, not {nodes.Count}"));
            return;
        }

        for (var i = 0; i < nodes.Count; i++)
        {
            if (reader.IsObject(nodes[i]))
            {
                Expect(reader, nodes[i], "from", expected[i].From);
                Expect(reader, nodes[i], "to", expected[i].To);
            }
        }
    }

    private static long[] ReadCells(JsonFieldReader reader, JsonSourceNode root, RollupEngine engine, long dossierCount)
    {
        var counters = new long[engine.CellCount * CellLanes.Width];
        var seen = new HashSet<int>();
        foreach (var node in reader.Objects(root, "cells", required: true))
        {
            var code = reader.String(node, "unit", required: true);
            var segment = reader.Int(node, "segment", required: true);
            var values = reader.Object(node, "counters", required: true);
            if (code is null || segment is null || values is null)
            {
                continue;
            }

            if (engine.IndexOf(code) is not { } unit)
            {
                reader.Add(node, "unit", $"unit '{code}' is not valid in any period of the partial");
                continue;
            }

            if (segment < 0 || segment >= engine.SegmentCount)
            {
                reader.Add(node, "segment", string.Create(CultureInfo.InvariantCulture, $"'segment' must be 0 to {engine.SegmentCount - 1}"));
                continue;
            }

            var cell = (unit * engine.SegmentCount) + segment.Value;
            if (!seen.Add(cell))
            {
                reader.Add(node, string.Create(CultureInfo.InvariantCulture, $"a second cell for unit '{code}', segment {segment}"));
                continue;
            }

            foreach (var (name, value) in values.Properties)
            {
                if (!DossierMeasures.TryParse(name, out var measure))
                {
                    reader.Add(value, $"'{name}' is not a measure of the contract");
                }
                else if (JsonFieldReader.AsLong(value) is not { } number)
                {
                    reader.Add(value, $"'{name}' must be an integer");
                }
                else if (RollupPartial.CounterProblem((int)measure, number, dossierCount) is { } problem)
                {
                    reader.Add(value, problem);
                }
                else
                {
                    counters[(cell * CellLanes.Width) + (int)measure] = number;
                }
            }
        }

        return counters;
    }

    private static ulong[]? ReadFingerprints(JsonFieldReader reader, JsonSourceNode root)
    {
        if (root["dossierIdFingerprints"] is null or { Kind: JsonValueKind.Null })
        {
            return null;
        }

        var ids = new List<ulong>();
        foreach (var node in reader.Array(root, "dossierIdFingerprints", required: false))
        {
            if (node.Kind != JsonValueKind.String || node.StringValue!.Length != 16
                || !ulong.TryParse(node.StringValue, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var id))
            {
                reader.Add(node, "a fingerprint is 16 hexadecimal digits");
            }
            else if (ids.Count > 0 && id <= ids[^1])
            {
                reader.Add(node, "fingerprints must be distinct and ascending");
            }
            else
            {
                ids.Add(id);
            }
        }

        return [.. ids];
    }

    /// <summary>A string property that must hold one value.</summary>
    private static void Expect(JsonFieldReader reader, JsonSourceNode node, string name, string? expected)
    {
        var actual = node[name] is { Kind: JsonValueKind.String } value ? value.StringValue : null;
        if (actual != expected)
        {
            reader.Add(node, name, expected is null ? $"'{name}' must be null here" : $"'{name}' must be '{expected}' here");
        }
    }

    /// <summary>The time segments the periods cut, as first and last days (null where a segment is open).</summary>
    private static List<(string? From, string? To)> Segments(RollupEngine engine)
    {
        var bounds = engine.Boundaries;
        var segments = new List<(string?, string?)>(bounds.Count + 1);
        for (var s = 0; s <= bounds.Count; s++)
        {
            segments.Add((s == 0 ? null : Iso(StoreDays.ToDate(bounds[s - 1])), s == bounds.Count ? null : Iso(StoreDays.ToDate(bounds[s] - 1))));
        }

        return segments;
    }

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
