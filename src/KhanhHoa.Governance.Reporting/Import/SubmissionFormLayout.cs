namespace KhanhHoa.Governance.Reporting.Import;

// Where things stand on a submission form, shared by the writer and the reader so the two cannot drift apart.
internal static class SubmissionFormLayout
{
    public const string FiguresSheet = "Số liệu";
    public const string TasksSheet = "Nhiệm vụ";
    public const string DifficultiesSheet = "Khó khăn, đề xuất";

    public static readonly string[] SheetOrder = [FiguresSheet, TasksSheet, DifficultiesSheet];

    // The statement at the top of the figures sheet: label in A, value in B, words for people in C.
    public const string UnitCell = "B1";
    public const string PeriodCell = "B2";
    public const string DataSetCell = "B3";
    public const string SubmittedAtCell = "B4";
    public const string SenderCell = "B5";
    public const string SubmittedAtLabel = "submitted_at";
    public const string SenderLabel = "sender";

    // The workbook-level name that records what the form was issued for, so a changed statement cell is seen.
    public const string IssuedForName = "khanhhoa_form";

    // Each table: Vietnamese labels on the row above, machine names on the header row, data below.
    public const int FiguresHeaderRow = 8;
    public const int TableHeaderRow = 2;

    public static readonly string[] FigureColumns = ["element", "name", "unit", "value", "comment"];
    public static readonly string[] FigureLabels = ["Mã chỉ tiêu", "Tên chỉ tiêu", "Đơn vị tính", "Giá trị", "Ghi chú"];

    public static readonly string[] TaskColumns =
        ["plan", "task", "task_name", "role", "status", "percent", "completed_on", "new_due_date", "decision", "evidence", "comment"];

    public static readonly string[] TaskLabels =
    [
        "Kế hoạch", "Mã nhiệm vụ", "Nội dung nhiệm vụ", "Vai trò", "Tình trạng (started, progress, completed, extended, cancelled)",
        "Tiến độ (%)", "Ngày hoàn thành (yyyy-MM-dd)", "Thời hạn mới (yyyy-MM-dd)", "Văn bản gia hạn/hủy", "Sản phẩm, minh chứng", "Ghi chú",
    ];

    // The columns a clerk writes in (the others are the form's own and stay locked).
    public static readonly string[] TaskInputs = ["status", "percent", "completed_on", "new_due_date", "decision", "evidence", "comment"];

    // The last column came later: a form issued without it still reads (not carried over).
    public const string CarriedOverColumn = "carried_over";
    public static readonly string[] DifficultyColumns = ["topic", "text", "addressed_to", CarriedOverColumn];
    public static readonly string[] DifficultyLabels = ["Lĩnh vực", "Khó khăn, vướng mắc, đề xuất", "Kiến nghị cơ quan", "Không thay đổi so với kỳ báo cáo trước (Có/Không)"];

    // Blank rows offered for difficulties; a unit with more sends them in a CSV or JSON submission.
    public const int DifficultyRows = 30;

    /// <summary>The A1 name of a cell.</summary>
    public static string Cell(int column, int row) => XlsxSheetCsv.ColumnName(column) + row.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The 1-based column of <paramref name="name"/> in <paramref name="columns"/>.</summary>
    public static int Column(string[] columns, string name) => Array.IndexOf(columns, name) + 1;
}
