using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhanhHoa.Governance.Web.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PageIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_submissions_outcome_period",
                table: "Submissions",
                columns: new[] { "Outcome", "PeriodId", "DataSetCode", "UnitCode", "Version", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_submissions_outcome_period",
                table: "Submissions");
        }
    }
}
