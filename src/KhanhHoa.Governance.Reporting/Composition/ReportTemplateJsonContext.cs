using System.Text.Json.Serialization;

namespace KhanhHoa.Governance.Reporting;

// The report template's reader (System.Text.Json source generation, so the package stays trimming- and AOT-safe).
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(ReportTemplate))]
internal sealed partial class ReportTemplateJsonContext : JsonSerializerContext;
