using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Organization;
using NodaTime.Text;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The compact binary form of a <see cref="RollupPartial"/>, for machines (docs/partial-format.md): a magic and format
/// version, the contract version, the periods, the unit tree, the counters as variable-length integers, the number of
/// dossiers, the dossier-set digest (version 2), the optional dossier-id fingerprints, and a checksum of everything
/// before it. Output is byte-identical for equal partials. Version 1 files (no digest) are still read.
/// </summary>
/// <threadsafety>Stateless; safe to use from several threads.</threadsafety>
public static class RollupPartialBinary
{
    /// <summary>The version of the binary layout written (2: with the dossier-set digest); version 1 is read too.</summary>
    public const int FormatVersion = 2;

    private static ReadOnlySpan<byte> Magic => "KHRP"u8;

    /// <summary>The partial in binary form.</summary>
    /// <param name="partial">The partial.</param>
    /// <returns>The bytes.</returns>
    public static byte[] ToBytes(RollupPartial partial)
    {
        ArgumentNullException.ThrowIfNull(partial);
        var output = new MemoryStream();
        output.Write(Magic);
        output.WriteByte(FormatVersion);
        WriteString(output, partial.ContractVersion);
        WriteNumber(output, (ulong)partial.Periods.Count);
        foreach (var period in partial.Periods)
        {
            WriteString(output, period.Id);
            WriteString(output, period.Cutoff.ToString());
        }

        WriteNumber(output, (ulong)partial.Units.Count);
        foreach (var unit in partial.Units)
        {
            WriteString(output, unit.Code);
            WriteString(output, unit.Name);
            WriteString(output, unit.ParentCode ?? string.Empty);
            output.WriteByte(unit.Kind is { } kind ? (byte)((int)kind + 1) : (byte)0);
            WriteString(output, unit.ValidFrom is { } from ? LocalDatePattern.Iso.Format(from) : string.Empty);
            WriteString(output, unit.ValidTo is { } to ? LocalDatePattern.Iso.Format(to) : string.Empty);
        }

        if (partial.Rebase is { } rebase)
        {
            output.WriteByte(1);
            WriteString(output, LocalDatePattern.Iso.Format(rebase.Onto));
            WriteNumber(output, (ulong)rebase.Successions.Count);
            foreach (var succession in rebase.Successions)
            {
                WriteString(output, succession.PredecessorCode);
                WriteString(output, succession.SuccessorCode);
                WriteString(output, LocalDatePattern.Iso.Format(succession.EffectiveDate));
                output.WriteByte((byte)succession.Share);
            }
        }
        else
        {
            output.WriteByte(0);
        }

        var engine = partial.Engine;
        WriteNumber(output, (ulong)engine.UnitCodes.Count);
        WriteNumber(output, (ulong)engine.SegmentCount);
        WriteNumber(output, DossierMeasures.Count);
        for (var cell = 0; cell < engine.CellCount; cell++)
        {
            for (var lane = 0; lane < DossierMeasures.Count; lane++)
            {
                var value = partial.Counters[(cell * CellLanes.Width) + lane];
                WriteNumber(output, unchecked((ulong)((value << 1) ^ (value >> 63))));
            }
        }

        WriteNumber(output, (ulong)partial.DossierCount);
        if (partial.DossierSetDigest is { } digest)
        {
            output.WriteByte(1);
            Span<byte> digestBytes = stackalloc byte[8];
            BinaryPrimitives.WriteUInt64LittleEndian(digestBytes, digest);
            output.Write(digestBytes);
        }
        else
        {
            output.WriteByte(0);
        }

        if (partial.DossierIds is { } ids)
        {
            output.WriteByte(1);
            WriteNumber(output, (ulong)ids.Length);
            var previous = 0UL;
            foreach (var id in ids)
            {
                WriteNumber(output, id - previous);
                previous = id;
            }
        }
        else
        {
            output.WriteByte(0);
        }

        Span<byte> checksum = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(checksum, DossierIdHash.Of(output.GetBuffer().AsSpan(0, (int)output.Length)));
        output.Write(checksum);
        return output.ToArray();
    }

    /// <summary>Writes the partial in binary form.</summary>
    /// <param name="stream">Where to write; not closed.</param>
    /// <param name="partial">The partial.</param>
    public static void Write(Stream stream, RollupPartial partial)
    {
        ArgumentNullException.ThrowIfNull(stream);
        stream.Write(ToBytes(partial));
    }

    /// <summary>Reads a partial written by <see cref="ToBytes"/>, in this or another process.</summary>
    /// <param name="bytes">The whole file.</param>
    /// <returns>
    /// The partial, or what is wrong, located by byte: <see cref="InputError.Column"/> is the one-based offset of the
    /// bad value, <see cref="InputError.Field"/> what it should be (<c>magic</c>, <c>periods</c>, <c>units</c>,
    /// <c>counters</c>, <c>checksum</c> …). Memory stays bounded by the input's length whatever lengths it declares.
    /// </returns>
    public static InputResult<RollupPartial> Read(ReadOnlySpan<byte> bytes)
    {
        var reader = new Reader(bytes);
        return reader.ReadPartial() is { } partial && reader.Error is null
            ? InputResult<RollupPartial>.ForValue(partial)
            : InputResult<RollupPartial>.ForErrors([reader.Error!]);
    }

    private static void WriteNumber(Stream output, ulong value)
    {
        while (value >= 0x80)
        {
            output.WriteByte(unchecked((byte)(value | 0x80)));
            value >>= 7;
        }

        output.WriteByte((byte)value);
    }

    private static void WriteString(Stream output, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        WriteNumber(output, (ulong)bytes.Length);
        output.Write(bytes);
    }

    /// <summary>Reads field by field and stops at the first problem, which it records with its offset.</summary>
    private ref struct Reader(ReadOnlySpan<byte> bytes)
    {
        private readonly ReadOnlySpan<byte> bytes = bytes;
        private int at;
        private int version;

        public InputError? Error { get; private set; }

        private readonly int Left => bytes.Length - at;

        public RollupPartial? ReadPartial()
        {
            if (bytes.Length < Magic.Length + 1 || !bytes.StartsWith(Magic))
            {
                return Fail("magic", "not a rollup partial: it does not start with 'KHRP'");
            }

            at = Magic.Length;
            if (bytes[at] is not (1 or FormatVersion))
            {
                return Fail("format", string.Create(CultureInfo.InvariantCulture, $"unsupported binary format version {bytes[at]}; this library reads versions 1 and {FormatVersion}"));
            }

            version = bytes[at];

            at++;
            var contractAt = at;
            if (String("contract") is not { } contract)
            {
                return null;
            }

            if (contract != RollupJsonWriter.ContractVersion)
            {
                return Fail("contract", $"the partial follows contract '{contract}'; this library reads '{RollupJsonWriter.ContractVersion}'", contractAt);
            }

            var periodsAt = at;
            if (Count("periods", 2, RollupPartial.MaxPeriods) is not { } periodCount)
            {
                return null;
            }

            var periods = new List<ReportingPeriod>(periodCount);
            for (var i = 0; i < periodCount; i++)
            {
                var idAt = at;
                if (String("periods") is not { } id || String("periods") is not { } cutoffText)
                {
                    return null;
                }

                if (!CutoffRule.Parse(cutoffText).TryPickT0(out var cutoff, out var cutoffError))
                {
                    return Fail("periods", $"period {i + 1}: {cutoffError.Message}", idAt);
                }

                if (!ReportingPeriod.Parse(id, cutoff).TryPickT0(out var period, out var periodError))
                {
                    return Fail("periods", $"period {i + 1}: {periodError.Message}", idAt);
                }

                periods.Add(period);
            }

            var unitsAt = at;
            if (Count("units", 6, int.MaxValue) is not { } unitCount)
            {
                return null;
            }

            var units = new List<OrgUnit>(unitCount);
            for (var i = 0; i < unitCount; i++)
            {
                if (Unit() is not { } unit)
                {
                    return null;
                }

                units.Add(unit);
            }

            var rebaseAt = at;
            var rebase = Rebase();
            if (Error is not null)
            {
                return null;
            }

            var created = RollupEngine.Create(units, periods, rebase);
            if (!created.Success)
            {
                var first = created.Errors[0];
                return first.Field == "periods" ? Fail("periods", first.Message, periodsAt)
                    : rebase is not null ? Fail("rebase", first.Message, rebaseAt)
                    : Fail("units", first.Message, unitsAt);
            }

            var engine = created.Value;
            if (RollupPartial.CellsProblem(engine) is { } cells)
            {
                return Fail("units", cells, unitsAt);
            }

            if (!Expect("counters", (ulong)engine.UnitCodes.Count, "units counted") || !Expect("counters", (ulong)engine.SegmentCount, "time segments")
                || !Expect("counters", DossierMeasures.Count, "measures"))
            {
                return null;
            }

            // Each counter takes at least one byte: a declared size larger than what is left is refused before allocating.
            if ((long)engine.CellCount * DossierMeasures.Count > Left)
            {
                return Fail("counters", string.Create(CultureInfo.InvariantCulture, $"{engine.CellCount * (long)DossierMeasures.Count} counters declared, {Left} bytes left"));
            }

            var counters = new long[engine.CellCount * CellLanes.Width];
            var starts = new int[counters.Length];
            for (var cell = 0; cell < engine.CellCount; cell++)
            {
                for (var lane = 0; lane < DossierMeasures.Count; lane++)
                {
                    starts[(cell * CellLanes.Width) + lane] = at;
                    if (Number("counters") is not { } zigzag)
                    {
                        return null;
                    }

                    counters[(cell * CellLanes.Width) + lane] = (long)(zigzag >> 1) ^ -(long)(zigzag & 1);
                }
            }

            var countAt = at;
            if (Number("dossier_count") is not { } dossierCount)
            {
                return null;
            }

            if (dossierCount > RollupPartial.MaxDossierCount)
            {
                return Fail("dossier_count", string.Create(CultureInfo.InvariantCulture, $"{dossierCount} dossiers is more than the {RollupPartial.MaxDossierCount} a partial may count"), countAt);
            }

            for (var i = 0; i < counters.Length; i++)
            {
                if (RollupPartial.CounterProblem(i % CellLanes.Width, counters[i], (long)dossierCount) is { } problem)
                {
                    return Fail("counters", problem, starts[i]);
                }
            }

            ulong? digest = null;
            if (version >= 2)
            {
                if (Flag("dossier_set_digest") is not { } hasDigest)
                {
                    return null;
                }

                if (hasDigest)
                {
                    if (Left < 8)
                    {
                        return Fail("dossier_set_digest", "the file ends inside the dossier-set digest");
                    }

                    digest = BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]);
                    at += 8;
                }
            }

            var ids = DossierIds();
            if (Error is not null)
            {
                return null;
            }

            if (Left != 8)
            {
                return Fail("checksum", string.Create(CultureInfo.InvariantCulture, $"expected the 8-byte checksum at the end, found {Left} bytes"));
            }

            if (BinaryPrimitives.ReadUInt64LittleEndian(bytes[at..]) != DossierIdHash.Of(bytes[..at]))
            {
                return Fail("checksum", "the checksum does not match the bytes before it: the partial is damaged");
            }

            return new RollupPartial(engine, counters, (long)dossierCount, ids, digest);
        }

        private RollupRebase? Rebase()
        {
            if (Flag("rebase") is not true || Date("rebase") is not { } onto || Count("rebase", 7, int.MaxValue) is not { } count)
            {
                return null;
            }

            if (onto.Date is not { } day)
            {
                return Fail<RollupRebase>("rebase", "the re-base day is missing");
            }

            var successions = new List<OrgSuccession>(count);
            for (var i = 0; i < count; i++)
            {
                if (String("rebase") is not { } predecessor || String("rebase") is not { } successor || Date("rebase") is not { } effective)
                {
                    return null;
                }

                if (Left < 1 || bytes[at] > (byte)SuccessionShare.Part || effective.Date is null || predecessor.Length == 0 || successor.Length == 0)
                {
                    return Fail<RollupRebase>("rebase", $"succession {i + 1} is malformed");
                }

                successions.Add(new OrgSuccession(predecessor, successor, effective.Date.Value, (SuccessionShare)bytes[at++]));
            }

            return new RollupRebase(day, successions);
        }

        /// <summary>A presence byte, 0 or 1.</summary>
        private bool? Flag(string field)
        {
            if (Left < 1)
            {
                return Fail<bool?>(field, "the file ends before a presence flag");
            }

            var flag = bytes[at];
            if (flag > 1)
            {
                return Fail<bool?>(field, $"a presence flag must be 0 or 1, not {flag}");
            }

            at++;
            return flag == 1;
        }

        private ulong[]? DossierIds()
        {
            if (Flag("dossier_ids") is not true || Count("dossier_ids", 1, int.MaxValue) is not { } count)
            {
                return null;
            }

            var ids = new ulong[count];
            var previous = 0UL;
            for (var i = 0; i < count; i++)
            {
                var idAt = at;
                if (Number("dossier_ids") is not { } delta)
                {
                    return null;
                }

                if (i > 0 && (delta == 0 || delta > ulong.MaxValue - previous))
                {
                    Fail("dossier_ids", "dossier-id fingerprints must be distinct and ascending", idAt);
                    return null;
                }

                ids[i] = previous += delta;
            }

            return ids;
        }

        private OrgUnit? Unit()
        {
            var unitAt = at;
            if (String("units") is not { } code || String("units") is not { } name || String("units") is not { } parent)
            {
                return null;
            }

            if (code.Length == 0 || name.Length == 0)
            {
                return Fail<OrgUnit>("units", "a unit's code and name must not be empty", unitAt);
            }

            if (Left < 1)
            {
                return Fail<OrgUnit>("units", "the file ends inside a unit");
            }

            var kind = bytes[at];
            if (kind > Enum.GetValues<OrgUnitKind>().Length)
            {
                return Fail<OrgUnit>("units", $"unit '{code}': unknown kind {kind}");
            }

            at++;
            if (Date("units") is not { } from || Date("units") is not { } to)
            {
                return null;
            }

            return new OrgUnit
            {
                Code = code, Name = name, ParentCode = parent.Length == 0 ? null : parent,
                Kind = kind == 0 ? null : (OrgUnitKind)(kind - 1), ValidFrom = from.Date, ValidTo = to.Date,
            };
        }

        /// <summary>A date or the empty string; the wrapper tells "absent" from "failed".</summary>
        private (LocalDate? Date, bool Read)? Date(string field)
        {
            var dateAt = at;
            if (String(field) is not { } text)
            {
                return null;
            }

            if (text.Length == 0)
            {
                return (null, true);
            }

            var parsed = LocalDatePattern.Iso.Parse(text);
            return parsed.Success ? (parsed.Value, true) : Fail<(LocalDate?, bool)?>(field, $"'{text}' is not a date yyyy-MM-dd", dateAt);
        }

        private bool Expect(string field, ulong expected, string what)
        {
            var valueAt = at;
            if (Number(field) is not { } value)
            {
                return false;
            }

            if (value != expected)
            {
                Fail(field, string.Create(CultureInfo.InvariantCulture, $"the partial declares {value} {what}; its periods and units give {expected}"), valueAt);
                return false;
            }

            return true;
        }

        /// <summary>A count of items that each take at least <paramref name="minBytes"/>, checked against the bytes left.</summary>
        private int? Count(string field, int minBytes, int max)
        {
            var countAt = at;
            if (Number(field) is not { } count)
            {
                return null;
            }

            if (count > (ulong)max || count > (ulong)(Left / minBytes))
            {
                Fail(field, string.Create(CultureInfo.InvariantCulture, $"{count} items declared, more than the {Math.Min(max, Left / minBytes)} that fit"), countAt);
                return null;
            }

            return (int)count;
        }

        private string? String(string field)
        {
            if (Count(field, 1, int.MaxValue) is not { } length)
            {
                return null;
            }

            var text = bytes.Slice(at, length);
            if (Utf8Text.IndexOfInvalid(text) is var bad and >= 0)
            {
                Fail(field, $"text that is not UTF-8 (or holds NUL): {Utf8Text.Describe(text[bad])}", at + bad);
                return null;
            }

            at += length;
            return Encoding.UTF8.GetString(text);
        }

        private ulong? Number(string field)
        {
            var numberAt = at;
            var value = 0UL;
            for (var shift = 0; shift < 64; shift += 7)
            {
                if (at >= bytes.Length)
                {
                    Fail(field, "the file ends inside a number", numberAt);
                    return null;
                }

                var b = bytes[at++];
                if (shift == 63 && b > 1)
                {
                    break;
                }

                value |= (ulong)(b & 0x7F) << shift;
                if (b < 0x80)
                {
                    return value;
                }
            }

            Fail(field, "a number longer than 64 bits", numberAt);
            return null;
        }

        private RollupPartial? Fail(string field, string message, int? offset = null) => Fail<RollupPartial>(field, message, offset);

        private T? Fail<T>(string field, string message, int? offset = null)
        {
            var where = offset ?? at;
            Error ??= new InputError(0, where + 1, string.Create(CultureInfo.InvariantCulture, $"byte {where}: {message}")) { Field = field };
            return default;
        }
    }
}
