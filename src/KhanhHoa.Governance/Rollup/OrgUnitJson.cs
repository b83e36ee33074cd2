using System.Text.Json;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Organization;
using NodaTime.Text;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// One org unit as a JSON object, <c>{"code","name","parent","kind","validFrom","validTo"}</c>: the shape of
/// schemas/org-units.v1.schema.json, shared by the organisation file and the JSON partial.
/// </summary>
internal static class OrgUnitJson
{
    /// <summary>The unit, or <see langword="null"/> when its code or name is missing (the errors are recorded).</summary>
    public static OrgUnit? Read(JsonFieldReader reader, JsonSourceNode node)
    {
        var code = reader.String(node, "code", required: true);
        var name = reader.String(node, "name", required: true);
        var parent = reader.String(node, "parent", required: false);
        var kind = reader.Enum<OrgUnitKind>(node, "kind", required: false);
        var from = reader.Date(node, "validFrom");
        var to = reader.Date(node, "validTo");
        return code is not null && name is not null
            ? new OrgUnit { Code = code, Name = name, ParentCode = parent, Kind = kind, ValidFrom = from, ValidTo = to }
            : null;
    }

    /// <summary>Writes the unit; absent values are written as <c>null</c>.</summary>
    public static void Write(Utf8JsonWriter writer, OrgUnit unit)
    {
        writer.WriteStartObject();
        writer.WriteString("code", unit.Code);
        writer.WriteString("name", unit.Name);
        WriteOptional(writer, "parent", unit.ParentCode);
        WriteOptional(writer, "kind", unit.Kind?.ToString());
        WriteOptional(writer, "validFrom", unit.ValidFrom is { } from ? LocalDatePattern.Iso.Format(from) : null);
        WriteOptional(writer, "validTo", unit.ValidTo is { } to ? LocalDatePattern.Iso.Format(to) : null);
        writer.WriteEndObject();
    }

    private static void WriteOptional(Utf8JsonWriter writer, string name, string? value)
    {
        if (value is null)
        {
            writer.WriteNull(name);
        }
        else
        {
            writer.WriteString(name, value);
        }
    }
}
