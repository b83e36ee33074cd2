namespace KhanhHoa.Governance.Rollup;

/// <summary>The contract's dossier columns, in contract order (their 1-based position is the column of in-memory errors).</summary>
internal static class DossierColumns
{
    public const int DossierId = 0;
    public const int UnitCode = 1;
    public const int ProcedureCode = 2;
    public const int ServiceLevel = 3;
    public const int Channel = 4;
    public const int ReceivedAt = 5;
    public const int DueDate = 6;
    public const int FinishedAt = 7;
    public const int SupplementRequests = 8;
    public const int Digitized = 9;
    public const int EResult = 10;
    public const int ReusedData = 11;
    public const int IdLinked = 12;
    public const int FeeRequired = 13;
    public const int PaidOnline = 14;
    public const int Count = 15;

    public static readonly string[] Names =
    [
        "dossier_id", "unit_code", "procedure_code", "service_level", "channel", "received_at", "due_date",
        "finished_at", "supplement_requests", "digitized", "e_result", "reused_data", "id_linked", "fee_required",
        "paid_online",
    ];

    public static readonly byte[][] Utf8Names = [.. Names.Select(System.Text.Encoding.UTF8.GetBytes)];

    public static int IndexOf(ReadOnlySpan<byte> name)
    {
        for (var i = 0; i < Utf8Names.Length; i++)
        {
            if (name.SequenceEqual(Utf8Names[i]))
            {
                return i;
            }
        }

        return -1;
    }
}
