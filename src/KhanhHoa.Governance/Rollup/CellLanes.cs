using System.Runtime.Intrinsics;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The 16 counters of one (unit, time segment) cell, one 64-byte vector, and the per-dossier increments. A
/// dossier adds one precomputed vector to the cell of its received segment, one to the cell of its finish
/// segment and one to the cell where it becomes overdue, so the hot loop has no branch per measure.
/// Pending measures are difference counters: +1 where a dossier starts being pending, −1 where it stops;
/// a prefix sum over segments gives the count at any period end.
/// </summary>
internal static class CellLanes
{
    public const int Received = 0;
    public const int ReceivedOnline = 1;
    public const int ReceivedFullOnline = 2;
    public const int ReceivedFullEligible = 3;
    public const int Digitized = 4;
    public const int ReusedData = 5;
    public const int IdLinked = 6;
    public const int FeeRequired = 7;
    public const int PaidOnline = 8;
    public const int PendingDelta = 9;
    public const int Resolved = 10;
    public const int ResolvedOnTime = 11;
    public const int EResult = 12;
    public const int OverdueDelta = 13;
    public const int Width = 16;

    /// <summary>Indexed by the received-side <see cref="MeasureBits"/>.</summary>
    public static readonly Vector512<int>[] ReceivedIncrements = BuildReceived();

    /// <summary>Indexed by the finish-side <see cref="MeasureBits"/> | (overdue &lt;&lt; 2).</summary>
    public static readonly Vector512<int>[] FinishedIncrements = BuildFinished();

    /// <summary>Indexed by whether the dossier becomes overdue while pending.</summary>
    public static readonly Vector512<int>[] OverdueIncrements = [Vector512<int>.Zero, Lane(OverdueDelta, 1)];

    private static Vector512<int>[] BuildReceived()
    {
        var table = new Vector512<int>[256];
        Span<int> lanes = stackalloc int[Width];
        for (var bits = 0; bits < 256; bits++)
        {
            lanes.Clear();
            lanes[Received] = 1;
            lanes[PendingDelta] = 1;
            for (var bit = 0; bit < 8; bit++)
            {
                lanes[ReceivedOnline + bit] = (bits >> bit) & 1;
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
            lanes[Resolved] = 1;
            lanes[ResolvedOnTime] = key & MeasureBits.OnTime;
            lanes[EResult] = (key & MeasureBits.EResult) >> 1;
            lanes[PendingDelta] = -1;
            lanes[OverdueDelta] = -(key >> 2);
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
