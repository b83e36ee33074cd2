namespace KhanhHoa.Governance.Sample.Tests;

/// <summary>The dossier CSV contract's header and one valid row, for tests that write small dossier files.</summary>
internal static class DossierCsv
{
    public const string Header = "dossier_id,unit_code,procedure_code,service_level,channel,received_at,due_date,finished_at,supplement_requests,digitized,e_result,reused_data,id_linked,fee_required,paid_online";

    public const string GoodRow = "HS1,CA_TINH,TTHC-0001,full,online,2025-09-01T08:30,2025-09-05,2025-09-03T10:00,0,1,1,0,1,1,1";
}
