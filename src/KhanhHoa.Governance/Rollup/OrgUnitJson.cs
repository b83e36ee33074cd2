using System.Text.Json;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Organization;
using NodaTime.Text;

namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// One org unit as a JSON object, <c>{"code","name","parent","kind","validFrom","validTo"}</c>, and one succession link,
/// <c>{"predecessor","successor","effective","share"}</c>: the shapes of schemas/org-units.v1.schema.json, shared by the
/// organisation file and the JSON partial.
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

    /// <summary>The link, or <see langword="null"/> when a part is missing or malformed (the errors are recorded).</summary>
    public static OrgSuccession? ReadSuccession(JsonFieldReader reader, JsonSourceNode node)
    {
        var predecessor = reader.String(node, "predecessor", required: true);
        var successor = reader.String(node, "successor", required: true);
        var effective = reader.Date(node, "effective", required: true);
        var share = reader.Enum<SuccessionShare>(node, "share", required: true);
        return predecessor is not null && successor is not null && effective is { } e && share is { } s
            ? new OrgSuccession(predecessor, successor, e, s)
            : null;
    }

    /// <summary>Writes the link.</summary>
    public static void Write(Utf8JsonWriter writer, OrgSuccession succession)
    {
        writer.WriteStartObject();
        writer.WriteString("predecessor", succession.PredecessorCode);
        writer.WriteString("successor", succession.SuccessorCode);
        writer.WriteString("effective", LocalDatePattern.Iso.Format(succession.EffectiveDate));
        writer.WriteString("share", succession.Share.ToString());
        writer.WriteEndObject();
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
