using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhanhHoa.Governance.Web.Storage.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AccountDisabled : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Disabled",
                table: "Accounts",
                type: "boolean",
                nullable: false,
                defaultValue: false);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Disabled",
                table: "Accounts");
        }
    }
}
