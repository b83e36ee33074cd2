using KhanhHoa.Governance.Reporting.Documents;
using TableColumn = KhanhHoa.Governance.Reporting.Documents.TableColumn;
using TableRow = KhanhHoa.Governance.Reporting.Documents.TableRow;

namespace KhanhHoa.Governance.Reporting.Tests.Documents;

// A row of another width than the table's columns once reached the writers, which read past the columns or dropped
// cells: the table refuses it where it is made, naming the row.
public class DocumentTableTest
{
    private static readonly TableColumn[] Columns = [new("Đơn vị", ColumnKind.Text), new("Số hồ sơ", ColumnKind.Figure)];

    private static TableRow Row(params string[] cells) => new([.. cells.Select(TableCell.Of)]);

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_body_row_of_another_width_is_refused_naming_the_row(int cells)
    {
        var wrong = Row([.. Enumerable.Repeat("x", cells)]);
        var error = Assert.Throws<ArgumentException>(() => new DocumentTable(Columns, [Row("Xã A", "1"), wrong]));
        Assert.Equal("Rows", error.ParamName);
        Assert.Contains($"row 1 has {cells} cells for its 2 columns", error.Message, StringComparison.Ordinal);

        var table = new DocumentTable(Columns, [Row("Xã A", "1")]);
        Assert.Throws<ArgumentException>(() => table with { Rows = [wrong] });
    }

    [Fact]
    public void A_total_row_of_another_width_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new DocumentTable(Columns, [Row("Xã A", "1")]) { Total = Row("Toàn tỉnh") });
        Assert.Equal("Total", error.ParamName);
        Assert.Contains("total row has 1 cells for its 2 columns", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rows_of_the_columns_width_make_the_table()
    {
        var table = new DocumentTable(Columns, [Row("Xã A", "1")]) { Total = Row("Toàn tỉnh", "1") };
        Assert.Equal(2, table.Rows[0].Cells.Count);
        Assert.Equal("Toàn tỉnh", table.Total!.Cells[0].Text);
    }
}
