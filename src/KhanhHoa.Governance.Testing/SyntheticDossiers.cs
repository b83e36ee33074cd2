using System.Buffers;
using System.Buffers.Text;
using System.Text;

namespace KhanhHoa.Governance.Testing;

/// <summary>
/// SYNTHETIC dossiers for samples, tests and benchmarks: a deterministic generator (same arguments, same dossiers,
/// on every machine) calibrated to the magnitudes of report 87/BC-BCĐ (<see cref="SyntheticDossierProfile"/>).
/// These are not real data. Dossier i depends only on the seed and i, so any slice can be generated alone.
/// </summary>
/// <remarks>
/// Dossiers are received uniformly between <c>from</c> and <c>to</c> during office hours; those whose finish would
/// fall after <c>to</c> are still in progress. Ids are <c>HS</c> followed by nine digits.
/// </remarks>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class SyntheticDossiers
{
    // Due dates fall at most 15 days after receipt (finishes are never after the last receiving day); the margin keeps
    // every date of a dossier received on the last accepted day inside the store.
    private const int LongestHandling = 60;

    private const int OpenMinute = 7 * 60 + 30;
    private const int CloseMinute = 17 * 60;

    /// <summary>The first receiving day the generator accepts (<see cref="DossierStore.MinDate"/>).</summary>
    public static LocalDate FirstReceivingDay => DossierStore.MinDate;

    /// <summary>The last receiving day the generator accepts: late enough finishes still fit the store.</summary>
    public static LocalDate LastReceivingDay => DossierStore.MaxDate.PlusDays(-LongestHandling);

    /// <summary>Generates a store.</summary>
    /// <param name="unitCodes">The units receiving dossiers (at least one).</param>
    /// <param name="from">The first receiving day.</param>
    /// <param name="to">The last receiving day, also the as-of day: later finishes are still in progress.</param>
    /// <param name="count">How many dossiers.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="profile">The magnitudes; <see cref="SyntheticDossierProfile.Default"/> when <see langword="null"/>.</param>
    /// <returns>The store.</returns>
    public static DossierStore Generate(IReadOnlyList<string> unitCodes, LocalDate from, LocalDate to, int count, ulong seed = 87, SyntheticDossierProfile? profile = null)
    {
        var generator = new Generator(unitCodes, from, to, seed, profile);
        var builder = new DossierStoreBuilder(null, count);
        var units = unitCodes.Select(builder.UnitIndex).ToArray();
        var procedures = Enumerable.Range(0, generator.Profile.ProcedureCount).Select(p => builder.ProcedureIndex(ProcedureCode(p))).ToArray();
        Span<byte> id = stackalloc byte[16];
        for (var i = 0; i < count; i++)
        {
            var d = generator.Next(i);
            var idLength = FormatId(i, id);
            builder.TryAppend(DossierIdHash.Of(id[..idLength]), units[d.Unit], procedures[d.Procedure], d.ReceivedDay, d.ReceivedMinute, d.DueDay, d.FinishedDay, d.FinishedMinute, d.Supplements, d.Level, d.Channel, d.Flags);
        }

        return builder.Build();
    }

    /// <summary>The same dossiers as <see cref="Generate"/>, as rows.</summary>
    /// <param name="unitCodes">The units receiving dossiers.</param>
    /// <param name="from">The first receiving day.</param>
    /// <param name="to">The last receiving day and as-of day.</param>
    /// <param name="count">How many dossiers.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="profile">The magnitudes.</param>
    /// <returns>The rows, generated lazily.</returns>
    public static IEnumerable<DossierRecord> GenerateRecords(IReadOnlyList<string> unitCodes, LocalDate from, LocalDate to, int count, ulong seed = 87, SyntheticDossierProfile? profile = null)
    {
        var generator = new Generator(unitCodes, from, to, seed, profile);
        for (var i = 0; i < count; i++)
        {
            var d = generator.Next(i);
            yield return new DossierRecord
            {
                DossierId = $"HS{i:D9}",
                UnitCode = unitCodes[d.Unit],
                ProcedureCode = ProcedureCode(d.Procedure),
                ServiceLevel = d.Level,
                Channel = d.Channel,
                ReceivedAt = StoreDays.ToDate(d.ReceivedDay).At(new LocalTime(d.ReceivedMinute / 60, d.ReceivedMinute % 60)),
                DueDate = StoreDays.ToDate(d.DueDay),
                FinishedAt = d.FinishedDay < 0 ? null : StoreDays.ToDate(d.FinishedDay).At(new LocalTime(d.FinishedMinute / 60, d.FinishedMinute % 60)),
                SupplementRequests = d.Supplements,
                Digitized = (d.Flags & DossierStore.FlagDigitized) != 0,
                EResult = (d.Flags & DossierStore.FlagEResult) != 0,
                ReusedData = (d.Flags & DossierStore.FlagReusedData) != 0,
                IdLinked = (d.Flags & DossierStore.FlagIdLinked) != 0,
                FeeRequired = (d.Flags & DossierStore.FlagFeeRequired) != 0,
                PaidOnline = (d.Flags & DossierStore.FlagPaidOnline) != 0,
            };
        }
    }

    /// <summary>Writes the same dossiers as <see cref="Generate"/> in the dossier CSV contract (header in contract order, LF line ends).</summary>
    /// <param name="stream">Where to write UTF-8 CSV; not closed.</param>
    /// <param name="unitCodes">The units receiving dossiers.</param>
    /// <param name="from">The first receiving day.</param>
    /// <param name="to">The last receiving day and as-of day.</param>
    /// <param name="count">How many dossiers.</param>
    /// <param name="seed">The seed.</param>
    /// <param name="profile">The magnitudes.</param>
    /// <param name="progress">Receives how many dossiers have been written, every 65,536 dossiers and at the end; none when <see langword="null"/>.</param>
    public static void WriteCsv(Stream stream, IReadOnlyList<string> unitCodes, LocalDate from, LocalDate to, int count, ulong seed = 87, SyntheticDossierProfile? profile = null, IProgress<long>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var generator = new Generator(unitCodes, from, to, seed, profile);
        var units = unitCodes.Select(Encoding.UTF8.GetBytes).ToArray();
        var buffer = new byte[1 << 16];
        var used = 0;
        Append(Encoding.UTF8.GetBytes(string.Join(',', DossierColumns.Names) + "\n"));
        Span<byte> row = stackalloc byte[512];
        for (var i = 0; i < count; i++)
        {
            var d = generator.Next(i);
            var n = 0;
            n += FormatId(i, row[n..]);
            row[n++] = (byte)',';
            units[d.Unit].CopyTo(row[n..]);
            n += units[d.Unit].Length;
            row[n++] = (byte)',';
            n += Encoding.UTF8.GetBytes(ProcedureCode(d.Procedure), row[n..]);
            row[n++] = (byte)',';
            n += Copy(d.Level switch { ServiceLevel.Full => "full"u8, ServiceLevel.Partial => "partial"u8, _ => "none"u8 }, row[n..]);
            row[n++] = (byte)',';
            n += Copy(d.Channel switch { FilingChannel.Online => "online"u8, FilingChannel.Postal => "postal"u8, _ => "direct"u8 }, row[n..]);
            row[n++] = (byte)',';
            n += FormatDateTime(d.ReceivedDay, d.ReceivedMinute, row[n..]);
            row[n++] = (byte)',';
            n += FormatDate(d.DueDay, row[n..]);
            row[n++] = (byte)',';
            if (d.FinishedDay >= 0)
            {
                n += FormatDateTime(d.FinishedDay, d.FinishedMinute, row[n..]);
            }

            row[n++] = (byte)',';
            Utf8Formatter.TryFormat(d.Supplements, row[n..], out var written);
            n += written;
            foreach (var flag in (ReadOnlySpan<int>)[DossierStore.FlagDigitized, DossierStore.FlagEResult, DossierStore.FlagReusedData, DossierStore.FlagIdLinked, DossierStore.FlagFeeRequired, DossierStore.FlagPaidOnline])
            {
                row[n++] = (byte)',';
                row[n++] = (d.Flags & flag) != 0 ? (byte)'1' : (byte)'0';
            }

            row[n++] = (byte)'\n';
            Append(row[..n]);
            if ((i & 0xFFFF) == 0xFFFF)
            {
                progress?.Report(i + 1L);
            }
        }

        stream.Write(buffer, 0, used);
        progress?.Report(count);

        void Append(ReadOnlySpan<byte> bytes)
        {
            if (used + bytes.Length > buffer.Length)
            {
                stream.Write(buffer, 0, used);
                used = 0;
            }

            bytes.CopyTo(buffer.AsSpan(used));
            used += bytes.Length;
        }
    }

    /// <summary>The synthetic procedure code of procedure <paramref name="index"/>: <c>TTHC-0001</c> onwards.</summary>
    /// <param name="index">The 0-based procedure index.</param>
    /// <returns>The code.</returns>
    public static string ProcedureCode(int index) => $"TTHC-{index + 1:D4}";

    private static int Copy(ReadOnlySpan<byte> text, Span<byte> destination)
    {
        text.CopyTo(destination);
        return text.Length;
    }

    private static int FormatId(int index, Span<byte> destination)
    {
        destination[0] = (byte)'H';
        destination[1] = (byte)'S';
        Utf8Formatter.TryFormat(index, destination[2..], out var written, new StandardFormat('D', 9));
        return written + 2;
    }

    private static int FormatDate(int day, Span<byte> destination)
    {
        var date = StoreDays.ToDate(day);
        Utf8Formatter.TryFormat(date.Year, destination, out _, new StandardFormat('D', 4));
        destination[4] = (byte)'-';
        Utf8Formatter.TryFormat(date.Month, destination[5..], out _, new StandardFormat('D', 2));
        destination[7] = (byte)'-';
        Utf8Formatter.TryFormat(date.Day, destination[8..], out _, new StandardFormat('D', 2));
        return 10;
    }

    private static int FormatDateTime(int day, int minute, Span<byte> destination)
    {
        FormatDate(day, destination);
        destination[10] = (byte)'T';
        Utf8Formatter.TryFormat(minute / 60, destination[11..], out _, new StandardFormat('D', 2));
        destination[13] = (byte)':';
        Utf8Formatter.TryFormat(minute % 60, destination[14..], out _, new StandardFormat('D', 2));
        return 16;
    }

    private readonly record struct Synthetic(
        int Unit, int Procedure, ServiceLevel Level, FilingChannel Channel, int ReceivedDay, int ReceivedMinute,
        int DueDay, int FinishedDay, int FinishedMinute, int Supplements, int Flags);

    private sealed class Generator
    {
        private readonly int unitCount;
        private readonly int firstDay;
        private readonly int lastDay;
        private readonly ulong seed;

        public Generator(IReadOnlyList<string> unitCodes, LocalDate from, LocalDate to, ulong seed, SyntheticDossierProfile? profile)
        {
            ArgumentNullException.ThrowIfNull(unitCodes);
            ArgumentOutOfRangeException.ThrowIfZero(unitCodes.Count);
            Profile = profile ?? SyntheticDossierProfile.Default;
            ArgumentOutOfRangeException.ThrowIfLessThan(Profile.ProcedureCount, 1);
            firstDay = StoreDays.FromDate(from);
            lastDay = StoreDays.FromDate(to);
            if (!StoreDays.InRange(firstDay) || !StoreDays.InRange(lastDay + LongestHandling) || lastDay < firstDay)
            {
                throw new ArgumentOutOfRangeException(nameof(to), $"the dates must be ordered and within {FirstReceivingDay:uuuu-MM-dd} to {LastReceivingDay:uuuu-MM-dd}");
            }

            unitCount = unitCodes.Count;
            this.seed = seed;
        }

        public SyntheticDossierProfile Profile { get; }

        public Synthetic Next(int index)
        {
            var state = unchecked(seed * 0x9E3779B97F4A7C15UL + (ulong)index * 0xD1B54A32D192ED03UL);
            var p = Profile;
            // Skewed popularity: a few units and procedures receive most dossiers, as in practice.
            var unit = (int)(Math.Pow(Uniform(ref state), 1.5) * unitCount);
            var procedure = (int)(Math.Pow(Uniform(ref state), 2) * p.ProcedureCount);
            var level = procedure < p.FullOnlineProcedures ? ServiceLevel.Full
                : procedure < p.FullOnlineProcedures + p.PartialOnlineProcedures ? ServiceLevel.Partial : ServiceLevel.None;
            var onlineShare = level switch { ServiceLevel.Full => p.OnlineShareFull, ServiceLevel.Partial => p.OnlineSharePartial, _ => 0 };
            var channel = Uniform(ref state) < onlineShare ? FilingChannel.Online
                : Uniform(ref state) < p.PostalShare ? FilingChannel.Postal : FilingChannel.Direct;
            var receivedDay = firstDay + (int)(Uniform(ref state) * (lastDay - firstDay + 1));
            var receivedMinute = OpenMinute + (int)(Uniform(ref state) * (CloseMinute - OpenMinute));
            var allowedDays = 3 + (procedure % 13);
            var dueDay = receivedDay + allowedDays;
            var roll = Uniform(ref state);
            var supplements = roll < p.SeveralSupplementsShare ? 2 + (int)(Uniform(ref state) * 3)
                : roll < p.SeveralSupplementsShare + p.OneSupplementShare ? 1 : 0;
            var finishedDay = Uniform(ref state) < p.OnTimeShare
                ? receivedDay + (int)(Uniform(ref state) * (allowedDays + 1))
                : dueDay + 1 + (int)(Uniform(ref state) * 10);
            var finishedMinute = finishedDay == receivedDay
                ? receivedMinute + (int)(Uniform(ref state) * (CloseMinute - receivedMinute))
                : OpenMinute + (int)(Uniform(ref state) * (CloseMinute - OpenMinute));
            if (finishedDay > lastDay)
            {
                finishedDay = -1;
                finishedMinute = 0;
            }

            var fee = (procedure * 7 % 100) < p.FeeRequiredShare * 100;
            var flags = (Uniform(ref state) < p.DigitizedShare ? DossierStore.FlagDigitized : 0)
                | (finishedDay >= 0 && Uniform(ref state) < p.EResultShare ? DossierStore.FlagEResult : 0)
                | (Uniform(ref state) < p.ReusedDataShare ? DossierStore.FlagReusedData : 0)
                | (Uniform(ref state) < p.IdLinkedShare ? DossierStore.FlagIdLinked : 0)
                | (fee ? DossierStore.FlagFeeRequired : 0)
                | (fee && channel == FilingChannel.Online && Uniform(ref state) < p.PaidOnlineShare ? DossierStore.FlagPaidOnline : 0);
            return new Synthetic(unit, procedure, level, channel, receivedDay, receivedMinute, dueDay, finishedDay, finishedMinute, supplements, flags);
        }

        // SplitMix64: a fixed, portable sequence (System.Random's seeded sequence is not a documented contract).
        private static double Uniform(ref ulong state)
        {
            unchecked
            {
                state += 0x9E3779B97F4A7C15UL;
                var z = state;
                z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
                z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
                z ^= z >> 31;
                return (z >> 11) * (1.0 / (1UL << 53));
            }
        }
    }
}
