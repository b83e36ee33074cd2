namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// The per-dossier bits the engine counts, derived once when a dossier enters a store so that the hot loop
/// only looks them up. Received side: which received-in-period measures the dossier adds to; finished side:
/// whether its resolution is on time and carries an electronic result.
/// </summary>
internal static class MeasureBits
{
    public const int Online = 1 << 0;
    public const int FullOnline = 1 << 1;
    public const int FullEligible = 1 << 2;
    public const int Digitized = 1 << 3;
    public const int ReusedData = 1 << 4;
    public const int IdLinked = 1 << 5;
    public const int FeeRequired = 1 << 6;
    public const int PaidOnline = 1 << 7;

    public const int OnTime = 1 << 0;
    public const int EResult = 1 << 1;

    /// <summary>At most one supplement request keeps a dossier on time (the 766 index's on-time rule).</summary>
    public const int MaxSupplementsOnTime = 1;

    public static byte Received(ServiceLevel level, FilingChannel channel, int flags)
    {
        var online = channel == FilingChannel.Online;
        var full = level == ServiceLevel.Full;
        var fee = (flags & DossierStore.FlagFeeRequired) != 0;
        var bits = (online ? Online : 0)
            | (online && full ? FullOnline : 0)
            | (full ? FullEligible : 0)
            | ((flags & DossierStore.FlagDigitized) != 0 ? Digitized : 0)
            | ((flags & DossierStore.FlagReusedData) != 0 ? ReusedData : 0)
            | ((flags & DossierStore.FlagIdLinked) != 0 ? IdLinked : 0)
            | (fee ? FeeRequired : 0)
            | (fee && (flags & DossierStore.FlagPaidOnline) != 0 ? PaidOnline : 0);
        return (byte)bits;
    }

    public static byte Finished(int finishedDay, int dueDay, int supplements, int flags)
    {
        var onTime = finishedDay >= 0 && finishedDay <= dueDay && supplements <= MaxSupplementsOnTime;
        return (byte)((onTime ? OnTime : 0) | ((flags & DossierStore.FlagEResult) != 0 ? EResult : 0));
    }
}
