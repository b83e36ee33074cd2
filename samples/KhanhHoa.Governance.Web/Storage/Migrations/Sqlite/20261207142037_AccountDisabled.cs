using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KhanhHoa.Governance.Web.Storage.Migrations.Sqlite
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
                type: "INTEGER",
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
