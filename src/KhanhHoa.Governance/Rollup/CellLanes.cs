using System.Runtime.Intrinsics;
using KhanhHoa.Governance.Indicators;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The 16 counters of one (unit, time segment) cell, one 64-byte vector, and the per-dossier increments. Each
/// <see cref="DossierMeasure"/> counts in the lane of its own number, so the lanes follow the one measure vocabulary.
/// A dossier adds one precomputed vector to the cell of its received segment, one to the cell of its finish
/// segment and one to the cell where it becomes overdue, so there is no branch per measure.
/// Pending measures are difference counters: +1 where a dossier starts being pending, −1 where it stops;
/// a prefix sum over segments gives the count at any period end (<see cref="IsLevel"/>).
/// </summary>
/// <remarks>
/// The bulk scan does not add the vectors dossier by dossier: it counts dossiers per cell by received key
/// (<see cref="ReceivedKeyOf"/>) and by finish key, one integer increment each, and multiplies each count by
/// its increment vector once per cell at the end (<see cref="ReceivedKeyIncrements"/>,
/// <see cref="FinishedIncrements"/>).
/// </remarks>
internal static class CellLanes
{
    public const int Width = 16;

    // Does not compile (a negative uint) if the measures outgrow the vector.
    private const uint SpareLanes = Width - DossierMeasures.Count;

    private const int PendingDelta = (int)DossierMeasure.PendingEnd;
    private const int OverdueDelta = (int)DossierMeasure.PendingOverdueEnd;

    /// <summary>The measure each received-side <see cref="MeasureBits"/> bit counts, in bit order.</summary>
    private static readonly DossierMeasure[] ReceivedBitMeasures =
    [
        DossierMeasure.ReceivedOnline, DossierMeasure.ReceivedFullOnline, DossierMeasure.ReceivedFullEligible, DossierMeasure.Digitized,
        DossierMeasure.ReusedData, DossierMeasure.IdLinked, DossierMeasure.FeeRequired, DossierMeasure.PaidOnline,
    ];

    /// <summary>Indexed by the received-side <see cref="MeasureBits"/>.</summary>
    public static readonly Vector512<int>[] ReceivedIncrements = BuildReceived();

    /// <summary>
    /// The dense number of each received-side <see cref="MeasureBits"/> value. Only the values
    /// <see cref="MeasureBits.Received"/> can produce get a key (full-online implies online and full, paid
    /// online implies a fee), and a store's received bits come only from it, so the others never occur.
    /// </summary>
    public static readonly byte[] ReceivedKeyOf;

    /// <summary>The increment of each received key, indexed like the keys of <see cref="ReceivedKeyOf"/>.</summary>
    public static readonly Vector512<int>[] ReceivedKeyIncrements;

    /// <summary>Indexed by the finish-side <see cref="MeasureBits"/> | <see cref="FinishedOverdue"/> when overdue.</summary>
    public static readonly Vector512<int>[] FinishedIncrements = BuildFinished();

    /// <summary>Indexed by whether the dossier becomes overdue while pending.</summary>
    public static readonly Vector512<int>[] OverdueIncrements = [Vector512<int>.Zero, Lane(OverdueDelta, 1)];

    /// <summary>How many finish keys a cell counts: the finish-side bits and whether the dossier was overdue.</summary>
    public const int FinishedKeys = 8;

    /// <summary>The finish-key bit of a dossier that was overdue while pending (above the finish-side bits).</summary>
    public const int FinishedOverdue = 4;

    static CellLanes()
    {
        var reachable = new SortedSet<byte>();
        ReadOnlySpan<int> flags = [DossierStore.FlagDigitized, DossierStore.FlagEResult, DossierStore.FlagReusedData, DossierStore.FlagIdLinked, DossierStore.FlagFeeRequired, DossierStore.FlagPaidOnline];
        foreach (var level in Enum.GetValues<ServiceLevel>())
        {
            foreach (var channel in Enum.GetValues<FilingChannel>())
            {
                for (var mask = 0; mask < 1 << flags.Length; mask++)
                {
                    var set = 0;
                    for (var bit = 0; bit < flags.Length; bit++)
                    {
                        set |= ((mask >> bit) & 1) != 0 ? flags[bit] : 0;
                    }

                    reachable.Add(MeasureBits.Received(level, channel, set));
                }
            }
        }

        ReceivedKeyOf = new byte[256];
        ReceivedKeyIncrements = new Vector512<int>[reachable.Count];
        var key = 0;
        foreach (var bits in reachable)
        {
            ReceivedKeyOf[bits] = (byte)key;
            ReceivedKeyIncrements[key++] = ReceivedIncrements[bits];
        }
    }

    /// <summary>Whether a lane holds a level read at the period's end (pending) rather than a flow summed over the period.</summary>
    public static bool IsLevel(int lane) => lane is PendingDelta or OverdueDelta;

    private static Vector512<int>[] BuildReceived()
    {
        var table = new Vector512<int>[256];
        Span<int> lanes = stackalloc int[Width];
        for (var bits = 0; bits < 256; bits++)
        {
            lanes.Clear();
            lanes[(int)DossierMeasure.Received] = 1;
            lanes[PendingDelta] = 1;
            for (var bit = 0; bit < ReceivedBitMeasures.Length; bit++)
            {
                lanes[(int)ReceivedBitMeasures[bit]] = (bits >> bit) & 1;
            }

            table[bits] = Vector512.Create<int>(lanes);
        }

        return table;
    }

    private static Vector512<int>[] BuildFinished()
    {
        var table = new Vector512<int>[8];
        Span<int> lanes = stackalloc int[Width];
        for (var key = 0; key < 8; key++)
        {
            lanes.Clear();
            lanes[(int)DossierMeasure.Resolved] = 1;
            lanes[(int)DossierMeasure.ResolvedOnTime] = key & MeasureBits.OnTime;
            lanes[(int)DossierMeasure.ResolvedLate] = 1 - (key & MeasureBits.OnTime);
            lanes[(int)DossierMeasure.EResult] = (key & MeasureBits.EResult) >> 1;
            lanes[PendingDelta] = -1;
            lanes[OverdueDelta] = (key & FinishedOverdue) != 0 ? -1 : 0;
            table[key] = Vector512.Create<int>(lanes);
        }

        return table;
    }

    private static Vector512<int> Lane(int lane, int value)
    {
        Span<int> lanes = stackalloc int[Width];
        lanes[lane] = value;
        return Vector512.Create<int>(lanes);
    }
}
