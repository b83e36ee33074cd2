using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace KhanhHoa.Governance.Submissions;

/// <summary>
/// The one catalogue of the messages a clerk or the office reads about submissions: the desk's and the readers'
/// errors, the status lines and the reminders, each in Vietnamese (the default) and in English (for developers). A
/// message is a composite format (<see cref="string.Format(IFormatProvider, string, object[])"/>) whose arguments the
/// caller gives already written (codes, dates, numbers the Vietnamese way). Contract names a machine reads
/// (<c>element</c>, <c>value</c>, <c>submitted_at</c>, CSV columns, JSON fields) appear in both languages as they are.
/// </summary>
/// <threadsafety>Immutable; safe to use from any thread.</threadsafety>
public static partial class SubmissionMessages
{
    private static readonly FrozenDictionary<string, (string Vietnamese, string English)> Catalogue = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        // A figure's value (DataElement.Read); the desk puts "{element}: '{value}' ..." before it.
        ["value.notNumber"] = ("không phải là số (viết như 2.156 hoặc 78,2: dấu chấm ngăn cách hàng nghìn, dấu phẩy trước phần thập phân)", "not a number (write 2156 or 83.1, or the Vietnamese way 2.156 and 78,2)"),
        ["value.notWhole"] = ("không phải là số nguyên (dấu chấm chỉ dùng để ngăn cách hàng nghìn, như 2.156)", "not a whole number (a dot only groups thousands, as in 2.156)"),
        ["value.belowMinimum"] = ("nhỏ hơn giá trị tối thiểu {0}", "below the minimum {0}"),
        ["value.aboveMaximum"] = ("lớn hơn giá trị tối đa {0}", "above the maximum {0}"),
        ["value.percentSign"] = ("có dấu % nhưng chỉ tiêu không tính bằng tỷ lệ phần trăm", "has a percent sign but the element is not a percentage"),
        ["figure.value"] = ("{0}: giá trị '{1}' {2}", "{0}: '{1}' is {2}"),
        ["figure.noFigures"] = ("bộ số liệu {0} không thu thập số liệu", "data set {0} collects no figures"),
        ["figure.unknownElement"] = ("không có chỉ tiêu '{0}' trong bộ số liệu {1}", "unknown element '{0}' in data set {1}"),
        ["figure.notOwner"] = ("chỉ tiêu '{0}' không do đơn vị '{1}' báo cáo; đơn vị báo cáo chỉ tiêu này: {2}", "element '{0}' is not reported by unit '{1}'; its owners are {2}"),
        ["figure.twice"] = ("chỉ tiêu '{0}' được nhập hai lần", "element '{0}' is given twice"),
        ["figure.noValue"] = ("chưa nhập giá trị (value) của chỉ tiêu '{0}'", "no value for element '{0}'"),

        // The header of a submission.
        ["header.unknownDataSet"] = ("không có bộ số liệu '{0}'", "unknown data set '{0}'"),
        ["header.periodNotOfDataSet"] = ("kỳ {0} (ngày chốt {1}) không phải là kỳ báo cáo của bộ số liệu {2} (kỳ {3}, ngày chốt {4})", "period {0} (cut-off {1}) is not one of data set {2}'s: {3} periods, cut-off {4}"),
        ["header.notInForce"] = ("bộ số liệu {0} áp dụng từ ngày {1}; kỳ {2} kết thúc trước ngày đó", "data set {0} applies from {1}; period {2} ends before"),
        ["header.sentBeforePeriod"] = ("thời điểm gửi {0} trước khi kỳ {1} bắt đầu ({2})", "sent {0}, before period {1} began ({2})"),
        ["header.sentAfterWindow"] = ("thời điểm gửi {0} quá thời hạn nhận báo cáo của kỳ {1} (đến hết ngày {2}, một năm sau khi kỳ kết thúc)", "sent {0}, after the last day a report of period {1} is taken ({2}, a year after the period's end)"),
        ["header.sentAfterReceipt"] = ("thời điểm gửi ghi trong tệp ({0}) sau thời điểm tiếp nhận ({1}): thời điểm gửi không thể ở tương lai", "declared sent {0}, after it was received ({1}): a time of sending cannot be in the future"),
        ["header.otherUnit"] = ("báo cáo của đơn vị '{0}' trong tệp gửi với tư cách đơn vị '{1}': mỗi đơn vị chỉ gửi báo cáo của mình", "a report of unit '{0}' in a file sent as unit '{1}': a unit sends only its own reports"),
        ["header.unknownUnit"] = ("không có đơn vị '{0}'", "unknown unit '{0}'"),
        ["header.unitNotValid"] = ("đơn vị '{0}' không tồn tại vào ngày {1}, ngày cuối của kỳ {2}", "unit '{0}' does not exist on {1}, the last day of period {2}"),
        ["header.unitDoesNotReport"] = ("đơn vị '{0}' không có nhiệm vụ báo cáo bộ số liệu {1}", "unit '{0}' does not report data set {1}"),
        ["header.blockingRule"] = ("vi phạm quy tắc bắt buộc {0} ({1}): {2}", "blocking rule {0} ({1}): {2}"),

        // Progress on tasks.
        ["progress.unknownPlan"] = ("không có kế hoạch '{0}'", "unknown plan '{0}'"),
        ["progress.planNotCollected"] = ("bộ số liệu {0} không thu thập tiến độ của kế hoạch {1}", "data set {0} does not collect progress on plan {1}"),
        ["progress.noDataSetForPlan"] = ("không có bộ số liệu nào thu thập tiến độ của kế hoạch '{0}'", "no data set collects progress on plan '{0}'"),
        ["progress.unknownTask"] = ("kế hoạch {0} không có nhiệm vụ '{1}'", "plan {0} has no task '{1}'"),
        ["progress.groupHeading"] = ("nhiệm vụ {0} của kế hoạch {1} là đề mục nhóm; báo cáo theo từng nhiệm vụ con", "task {0} of plan {1} is a group heading; report on its sub-tasks"),
        ["progress.twice"] = ("nhiệm vụ {0} của kế hoạch {1} được báo cáo hai lần", "task {0} of plan {1} is reported twice"),
        ["progress.notAssigned"] = ("nhiệm vụ {0} của kế hoạch {1} không giao cho đơn vị '{2}' (không chủ trì, không phối hợp)", "task {0} of plan {1} is not assigned to unit '{2}' (neither lead nor coordinating)"),
        ["progress.percentRange"] = ("tỷ lệ phần trăm phải từ 0 đến 100, không phải {0}", "a percentage must be between 0 and 100, not {0}"),
        ["progress.percentNotWhole"] = ("'{0}' không phải là tỷ lệ phần trăm nguyên (như 80 hoặc 80%)", "'{0}' is not a whole percentage (80 or 80%)"),
        ["progress.completedNeedsDate"] = ("nhiệm vụ hoàn thành cần có ngày hoàn thành (completed_on)", "a completed task needs completed_on"),
        ["progress.extendedNeedsDate"] = ("nhiệm vụ được gia hạn cần có hạn mới (new_due_date)", "an extension needs new_due_date"),
        ["progress.extendedNeedsDecision"] = ("nhiệm vụ được gia hạn cần có số văn bản cho phép gia hạn (decision)", "an extension needs the number of the document that granted it"),
        ["progress.completedOutside"] = ("ngày hoàn thành {0} nằm ngoài kỳ {1} (từ {2} đến {3}) hoặc sau ngày gửi báo cáo", "completed_on {0} is outside period {1} ({2} to {3}) or after the report was sent"),
        ["progress.newDueBefore"] = ("hạn mới {0} trước ngày bắt đầu kỳ {1} ({2})", "new_due_date {0} is before period {1} began ({2})"),
        ["difficulty.noText"] = ("khó khăn, vướng mắc cần có nội dung (text)", "a difficulty needs its text"),
        ["difficulty.noTopic"] = ("khó khăn, vướng mắc cần có lĩnh vực (topic)", "a difficulty needs a topic"),
        ["difficulty.orphan"] = ("không có số liệu hoặc tiến độ nào của đơn vị, kỳ và thời điểm gửi này để gắn khó khăn vào; gửi kèm báo cáo mà khó khăn thuộc về", "no figures or progress of this unit, period and submitted_at for the difficulty to join; send it with the report it belongs to"),
        ["text.noSections"] = ("bộ số liệu {0} không nhận nội dung báo cáo theo mục (text)", "data set {0} takes no text per section"),
        ["text.unknownSection"] = ("mục '{0}' không thuộc báo cáo của bộ số liệu {1} (các mục: {2})", "section '{0}' is not one of data set {1}'s (its sections: {2})"),
        ["text.noText"] = ("nội dung báo cáo của mục {0} không được để trống (text)", "the text for section {0} is blank"),
        ["text.twice"] = ("nội dung mục {0} được nhập hai lần", "section {0} is given twice"),
        ["footnote.noNote"] = ("chú thích [^{0}] trong nội dung mục {1} chưa có lời chú thích (một dòng \"[^{0}]: …\")", "footnote [^{0}] in the text for section {1} has no note (a line \"[^{0}]: …\")"),
        ["footnote.notReferred"] = ("lời chú thích [^{0}] của mục {1} không được dẫn ở chỗ nào trong nội dung", "note [^{0}] for section {1} is referred to nowhere in the text"),
        ["footnote.noteTwice"] = ("lời chú thích [^{0}] của mục {1} được ghi hai lần", "note [^{0}] for section {1} is written twice"),
        ["footnote.referredTwice"] = ("chú thích [^{0}] được dẫn hai lần trong nội dung mục {1}; mỗi chú thích chỉ dẫn ở một chỗ", "footnote [^{0}] is referred to twice in the text for section {1}; a note has one place"),
        ["footnote.blank"] = ("lời chú thích [^{0}] của mục {1} không được để trống", "note [^{0}] for section {1} is blank"),
        ["text.orphan"] = ("không có số liệu hoặc tiến độ nào của đơn vị, kỳ và thời điểm gửi này để gắn nội dung theo mục vào; gửi kèm báo cáo mà nội dung thuộc về", "no figures or progress of this unit, period and submitted_at for the section text to join; send it with the report it belongs to"),

        // Fields and files.
        ["field.carriedOver"] = ("'{0}' không phải là Có hoặc Không (không thay đổi so với kỳ báo cáo trước)", "'{0}' is not true or false (carried over from the previous period)"),
        ["field.status"] = ("'{0}' không phải là tình trạng; chọn một trong: {1}", "'{0}' is not a status; expected one of {1}"),
        ["field.date"] = ("'{0}' không phải là ngày (viết dd/MM/yyyy, như 12/11/2026)", "'{0}' is not a date in the form yyyy-MM-dd or dd/MM/yyyy"),
        ["field.submittedAt"] = ("'{0}' không phải là thời điểm gửi (viết dd/MM/yyyy HH:mm, như 12/11/2026 16:30)", "'{0}' is not a time of sending in the form yyyy-MM-ddTHH:mm or dd/MM/yyyy HH:mm (e.g. 2025-09-12T16:30)"),
        ["field.decision"] = ("'{0}' không phải là số văn bản: {1}", "'{0}' is not a document number: {1}"),
        ["field.empty"] = ("{0} không được để trống", "{0} must not be empty"),
        ["csv.empty"] = ("tệp rỗng: cần có dòng tiêu đề", "empty file: expected a header row"),
        ["csv.noFormat"] = ("dòng tiêu đề không thuộc mẫu nào: tệp số liệu có cột 'element' và 'value', tệp tiến độ có 'plan' và 'task', tệp khó khăn có 'topic' và 'text', tệp nội dung theo mục có 'section' và 'text'", "the header names no submission format: a figures file has 'element' and 'value', a progress file 'plan' and 'task', a difficulties file 'topic' and 'text', a texts file 'section' and 'text'"),
        ["csv.missingColumn"] = ("dòng tiêu đề thiếu cột '{0}'", "header is missing column '{0}'"),
        ["csv.fieldCount"] = ("dòng có {1} trường, dòng tiêu đề có {0}", "expected {0} fields as in the header, found {1}"),
        ["csv.otherUnit"] = ("dòng của đơn vị '{0}' trong tệp gửi với tư cách đơn vị '{1}': mỗi đơn vị chỉ gửi số liệu của mình", "a row of unit '{0}' in a file sent as unit '{1}': a unit sends only its own reports"),

        // A filled Excel form.
        ["form.notWorkbook"] = ("không đọc được tệp Excel (.xlsx): {0}", "not a readable Excel workbook (.xlsx): {0}"),
        ["form.noWorkbook"] = ("tệp không chứa bảng tính", "the file holds no workbook"),
        ["form.external"] = ("bảng tính tham chiếu đến tệp khác (liên kết ngoài); gửi biểu mẫu chỉ gồm giá trị", "the workbook refers to other files (external references); send the form with values only"),
        ["form.sheetMissing"] = ("thiếu trang '{0}' hoặc trang đã bị đổi tên{1}; dùng biểu mẫu như khi được phát hành", "the sheet '{0}' is missing or was renamed{1}; use the form as generated"),
        ["form.sheetOthers"] = (" (bảng tính có {0})", " (the workbook has {0})"),
        ["form.markMissing"] = ("thiếu dấu '{0}' của biểu mẫu; dùng biểu mẫu như khi được phát hành", "the form's mark '{0}' is missing; use the form as generated"),
        ["form.changed"] = ("đã bị sửa: biểu mẫu phát hành cho {0} '{1}', ô ghi '{2}'", "changed: the form was issued for {0} '{1}', the cell says '{2}'"),
        ["form.noTime"] = ("nhập thời điểm gửi (dd/MM/yyyy HH:mm): tệp không ghi thời điểm lưu", "fill in the time of sending (yyyy-MM-ddTHH:mm): the file carries no time it was saved"),
        ["form.commentNeedsValue"] = ("ghi chú của {0} cần có giá trị", "a comment on {0} needs its value"),
        ["form.rowMissing"] = ("thiếu dòng của chỉ tiêu '{0}' ({1}); không được xóa dòng", "the row of element '{0}' ({1}) is missing; rows may not be deleted"),
        ["form.savedOutOfRange"] = ("tệp ghi thời điểm lưu {0}, ngoài các năm {1}–{2}: nhập thời điểm gửi (dd/MM/yyyy HH:mm)", "the file says it was saved {0}, outside the years {1}–{2}: fill in the time of sending (yyyy-MM-ddTHH:mm)"),
        ["form.notDate"] = ("{0} không phải là ngày", "{0} is not a date"),
        ["form.headerLacks"] = ("dòng tiêu đề thiếu {0}; dùng biểu mẫu như khi được phát hành", "the header row lacks {0}; use the form as generated"),
        ["form.formula"] = ("ô chứa công thức thay vì giá trị; nhập chính giá trị", "a formula where a value belongs; type the value itself"),
        ["form.sharedString"] = ("ô trỏ đến chuỗi dùng chung '{0}' mà bảng tính không có", "the cell points at shared string '{0}', which the workbook does not hold"),
        ["form.notValue"] = ("'{0}' không phải là giá trị (ô logic hoặc ô lỗi)", "'{0}' is not a value (a logical or error cell)"),
        ["form.notNumber"] = ("'{0}' không phải là số", "'{0}' is not a number"),

        // The office's status of a period, and the reminders.
        ["status.dataSet"] = ("{0} kỳ {1} ({2}–{3}), hạn gửi {4}, nơi nhận {5}: {6}/{7} đơn vị đã gửi, {8} đúng hạn, {9} muộn, {10} chưa gửi", "{0} {1} ({2}–{3}) due {4} to {5}: {6}/{7} submitted, {8} on time, {9} late, {10} missing"),
        ["status.notInForce"] = ("{0} kỳ {1}: chưa áp dụng (áp dụng từ ngày {2})", "{0} {1}: not in force (applies from {2})"),
        ["status.notReporting"] = ("  {0} không có nhiệm vụ báo cáo bộ số liệu này", "  {0} does not report this data set"),
        ["status.onTime"] = ("  đã gửi   {0} lúc {1}, đúng hạn", "  sent     {0} sent {1}, on time"),
        ["status.late"] = ("  gửi muộn {0} lúc {1}, muộn {2} ngày làm việc", "  late     {0} sent {1}, {2} working days late"),
        ["status.overdue"] = ("  nhắc     {0} quá hạn {1} ngày làm việc", "  remind   {0} overdue by {1} working days"),
        ["status.left"] = ("  nhắc     {0} còn {1} ngày làm việc", "  remind   {0} {1} working days left"),
        ["status.figure"] = ("  số liệu  {0} {1} ({2} đơn vị)", "  figure   {0} {1} ({2} units)"),
        ["place.cell"] = ("ô {0} (trang {1})", "cell {0} (sheet {1})"),
        ["place.json"] = ("dòng {0}, {1}", "line {0}, {1}"),
        ["place.lineColumn"] = ("dòng {0}, cột {1}", "line {0}, column {1}"),
        ["place.line"] = ("dòng {0}", "line {0}"),
        ["place.file"] = ("tệp", "file"),
        ["check.accepted"] = ("{0} báo cáo được tiếp nhận", "{0} submissions accepted"),
        ["check.submission"] = ("  {0} {1} {2} gửi lúc {3}{4}: {5} số liệu, {6} nhiệm vụ, {7} khó khăn, {8} phát hiện", "  {0} {1} {2} sent {3}{4}: {5} figures, {6} tasks, {7} difficulties, {8} findings"),
        ["check.received"] = (", tiếp nhận lúc {0}", ", received {0}"),
        ["intake.rejected"] = ("{0}/{1} tệp bị từ chối; {2} tệp được tiếp nhận.", "{0} of {1} files rejected; {2} counted."),
        ["intake.file"] = ("  {0}: {1} lỗi", "  {0}: {1} errors"),
        ["intake.more"] = ("    và {0} lỗi khác", "    and {0} more errors"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Every message's key (<c>value.notWhole</c>, <c>status.overdue</c>, …).</summary>
    public static IReadOnlyCollection<string> Keys => Catalogue.Keys;

    /// <summary>The message <paramref name="key"/> in <paramref name="language"/>, with its arguments filled in.</summary>
    /// <param name="language">The language.</param>
    /// <param name="key">A key of <see cref="Keys"/>.</param>
    /// <param name="args">The arguments, already written as the reader should see them.</param>
    /// <returns>The message.</returns>
    /// <exception cref="KeyNotFoundException">The catalogue has no such message.</exception>
    public static string Format(MessageLanguage language, string key, params object?[] args)
    {
        var (vietnamese, english) = Catalogue[key];
        return language == MessageLanguage.English
            ? Singular(string.Format(CultureInfo.InvariantCulture, english, args))
            : string.Format(CultureInfo.InvariantCulture, vietnamese, args);
    }

    // The English templates count in the plural ("{2} working days late"); a count of one takes the singular. Vietnamese
    // nouns do not change with the count.
    private static string Singular(string english) => english.Contains("1 ", StringComparison.Ordinal)
        ? OneOf().Replace(english, static m => "1 " + (m.Groups[1].Value == "difficulties" ? "difficulty" : m.Groups[1].Value[..^1]))
        : english;

    [GeneratedRegex(@"(?<![\d.,])1 (working days|units|findings|figures|tasks|difficulties|submissions|files|errors|more errors)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OneOf();

    /// <summary>
    /// One error with its place in its file, on one line, as every host shows it to a clerk: the cell and sheet of a form,
    /// the line and JSON path of a JSON file, the line and column of a CSV file (<c>dòng 4, cột 2: …</c>).
    /// </summary>
    /// <param name="error">The error.</param>
    /// <param name="language">The language.</param>
    /// <returns>The place and the message.</returns>
    public static string Describe(InputError error, MessageLanguage language)
    {
        ArgumentNullException.ThrowIfNull(error);
        var where = error switch
        {
            { Cell: { } cell } => Format(language, "place.cell", cell, error.Source is { } sheet && sheet.Contains(", sheet ", StringComparison.Ordinal) ? sheet[(sheet.IndexOf(", sheet ", StringComparison.Ordinal) + 8)..] : string.Empty),
            { JsonPath: { } jsonPath } => Format(language, "place.json", error.Line, jsonPath),
            { Line: > 0, Column: > 0 } => Format(language, "place.lineColumn", error.Line, error.Column),
            { Line: > 0 } => Format(language, "place.line", error.Line),
            { Field.Length: > 0 } => error.Field,
            _ => Format(language, "place.file"),
        };
        return $"{where}: {error.Message}";
    }
}
