using System.Text.Json;
using KhanhHoa.Governance.Calendar;
using KhanhHoa.Governance.Directives;
using KhanhHoa.Governance.Indicators;
using KhanhHoa.Governance.Json;
using KhanhHoa.Governance.Organization;
using KhanhHoa.Governance.Rollup;
using KhanhHoa.Governance.Submissions;
using KhanhHoa.Governance.Tasks;

namespace KhanhHoa.Governance.Data;

/// <summary>
/// Reads agencies, the organisation hierarchy, plans, an indicator catalog, a report's figures and calendar schedules
/// from JSON (the formats of the embedded resources, described by the schemas in <c>schemas/</c>). Every error of a file is reported at once, with its JSON path, line and
/// column, and nothing is returned when there is any error.
/// </summary>
/// <threadsafety>Stateless; safe to call from several threads.</threadsafety>
public static class GovernanceDataLoader
{
    /// <summary>The version of the JSON format this library reads (the files' <c>schemaVersion</c>).</summary>
    public const int SchemaVersion = 1;

    /// <summary>The identifier a calendar schedule file carries in its <c>schema</c> field.</summary>
    public const string CalendarScheduleSchema = "khanhhoa-governance/calendar-decisions/1";

    /// <summary>
    /// Reads an indicator catalog: definitions, targets and composite indexes (the format of the embedded
    /// <c>indicator-catalog.json</c>).
    /// </summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <returns>The catalog, or every error found.</returns>
    public static InputResult<IndicatorCatalog> LoadIndicatorCatalog(ReadOnlySpan<byte> utf8Json) => IndicatorCatalogReader.Read(utf8Json);

    /// <summary>Reads a report's printed figures and the consistency rules over them (the format of the embedded <c>report-87-figures.json</c>).</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <returns>The figure set, or every error found.</returns>
    public static InputResult<ReportFigureSet> LoadReportFigures(ReadOnlySpan<byte> utf8Json) => ReportFigureSetReader.Read(utf8Json);

    /// <summary>
    /// Reads a schedule of official day-off and working-day decisions (<see cref="CalendarScheduleSchema"/>), for
    /// <see cref="BusinessCalendarOptions.Schedules"/>: later years, or corrections to <see cref="CalendarSchedule.Default"/>.
    /// </summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <returns>The schedule, or every error found.</returns>
    public static InputResult<CalendarSchedule> LoadCalendarSchedule(ReadOnlySpan<byte> utf8Json) => CalendarScheduleReader.Read(utf8Json);

    /// <summary>The identifier a dossier column map carries in its <c>schema</c> field.</summary>
    public const string DossierColumnMapSchema = "khanhhoa-governance/dossier-column-map/1";

    /// <summary>
    /// Reads a map from a vendor's dossier export onto the dossier contract (<see cref="DossierColumnMapSchema"/>, described by
    /// <c>schemas/dossier-column-map.v1.schema.json</c>), for <see cref="Rollup.DossierReadOptions.ColumnMap"/>: every
    /// value word and default is checked against the contract, every date format compiled.
    /// </summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <returns>The map, or every error found.</returns>
    public static InputResult<Rollup.DossierColumnMap> LoadDossierColumnMap(ReadOnlySpan<byte> utf8Json) => DossierColumnMapReader.Read(utf8Json);

    /// <summary>
    /// Reads a data-sets file (format: <c>schemas/data-sets.v1.schema.json</c>): what units report, to whom, by when, with
    /// the consistency rules each data set takes by name.
    /// </summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <param name="plans">The plans progress data sets may name.</param>
    /// <param name="ruleSets">Consistency rules a data set may take by name (<c>"report-figures"</c> → report 87's 47 rules).</param>
    /// <returns>The catalog, or every error with its JSON path, line and column; nothing when there is any.</returns>
    public static InputResult<DataSetCatalog> LoadDataSets(ReadOnlySpan<byte> utf8Json, IReadOnlyList<Plan> plans, IReadOnlyDictionary<string, IReadOnlyList<ConsistencyRule>> ruleSets)
    {
        ArgumentNullException.ThrowIfNull(plans);
        ArgumentNullException.ThrowIfNull(ruleSets);
        return DataSetCatalogReader.Read(utf8Json, plans, ruleSets);
    }

    /// <summary>Reads an agencies file: <c>{ "schemaVersion": 1, "agencies": [ { "code", "name", "englishName", "kind", "aliases" } ] }</c>.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <returns>The registry, or every error found.</returns>
    public static InputResult<AgencyRegistry> LoadAgencies(ReadOnlySpan<byte> utf8Json)
    {
        var (reader, root) = Begin(utf8Json);
        var agencies = new List<Agency>();
        var nodes = new List<JsonSourceNode>();
        if (root is not null)
        {
            foreach (var node in reader.Array(root, "agencies", required: true))
            {
                var code = reader.String(node, "code", required: true);
                var name = reader.String(node, "name", required: true);
                var english = reader.String(node, "englishName", required: true);
                var kind = reader.Enum<AgencyKind>(node, "kind", required: true);
                var aliases = reader.Strings(node, "aliases");
                var note = reader.String(node, "note", required: false);
                if (code is not null && name is not null && english is not null && kind is { } k)
                {
                    agencies.Add(new Agency { Code = code, Name = name, EnglishName = english, Kind = k, Aliases = aliases, Note = note });
                    nodes.Add(node);
                }
            }
        }

        var codes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < agencies.Count; i++)
        {
            if (!codes.TryAdd(agencies[i].Code, i))
            {
                reader.Add(nodes[i], "code", $"duplicate agency code '{agencies[i].Code}'");
            }
        }

        if (reader.Errors.Count == 0)
        {
            foreach (var problem in AgencyRegistry.Validate(agencies))
            {
                reader.Add(root!, "agencies", problem);
            }
        }

        return reader.Result(() => new AgencyRegistry(agencies));
    }

    /// <summary>Reads an organisation file: <c>{ "schemaVersion": 1, "units": [...], "successions": [...] }</c>.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <returns>The hierarchy, or every error found (duplicate codes, missing parents, cycles, bad dates …).</returns>
    public static InputResult<OrgHierarchy> LoadOrgHierarchy(ReadOnlySpan<byte> utf8Json)
    {
        var (reader, root) = Begin(utf8Json);
        var units = new List<OrgUnit>();
        var unitNodes = new List<JsonSourceNode>();
        var successions = new List<OrgSuccession>();
        var successionNodes = new List<JsonSourceNode>();
        if (root is not null)
        {
            foreach (var node in reader.Array(root, "units", required: true))
            {
                if (OrgUnitJson.Read(reader, node) is { } unit)
                {
                    units.Add(unit);
                    unitNodes.Add(node);
                }
            }

            foreach (var node in reader.Array(root, "successions", required: false))
            {
                if (OrgUnitJson.ReadSuccession(reader, node) is { } succession)
                {
                    successions.Add(succession);
                    successionNodes.Add(node);
                }
            }
        }

        foreach (var problem in OrgHierarchy.Validate(units, successions))
        {
            var node = problem.UnitIndex is { } u ? unitNodes[u] : successionNodes[problem.SuccessionIndex!.Value];
            reader.Add(node, problem.Message);
        }

        return reader.Result(() => new OrgHierarchy(units, successions));
    }

    /// <summary>Reads a plans file: <c>{ "schemaVersion": 1, "plans": [ { "id", "number", "tasks": [...] } ] }</c>.</summary>
    /// <param name="utf8Json">The file's bytes (UTF-8).</param>
    /// <param name="agencies">The registry that resolves the agency cells and checks explicit agency codes.</param>
    /// <returns>The plans, or every error found (duplicate ids, unknown agencies, missing parents, cycles, bad dates …).</returns>
    public static InputResult<IReadOnlyList<Plan>> LoadPlans(ReadOnlySpan<byte> utf8Json, AgencyRegistry agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var (reader, root) = Begin(utf8Json);
        var plans = new List<Plan>();
        var planIds = new HashSet<string>(StringComparer.Ordinal);
        if (root is not null)
        {
            foreach (var node in reader.Array(root, "plans", required: true))
            {
                if (ReadPlan(node, reader, agencies) is { } plan)
                {
                    if (planIds.Add(plan.Id))
                    {
                        plans.Add(plan);
                    }
                    else
                    {
                        reader.Add(node, "id", $"duplicate plan id '{plan.Id}'");
                    }
                }
            }
        }

        return reader.Result<IReadOnlyList<Plan>>(() => plans);
    }

    private static (JsonFieldReader Reader, JsonSourceNode? Root) Begin(ReadOnlySpan<byte> utf8Json)
    {
        var reader = JsonFieldReader.Open(utf8Json, out var root);
        if (root is not null && reader.Int(root, "schemaVersion", required: true) is { } version && version != SchemaVersion)
        {
            reader.Add(root, "schemaVersion", $"unsupported schemaVersion {version}; this library reads version {SchemaVersion}");
        }

        return (reader, root);
    }

    private static Plan? ReadPlan(JsonSourceNode node, JsonFieldReader reader, AgencyRegistry agencies)
    {
        var errorsBefore = reader.Errors.Count;
        var id = reader.String(node, "id", required: true);
        var numberText = reader.String(node, "number", required: true);
        DocumentNumber number = default;
        if (numberText is not null && DocumentNumber.Parse(numberText).TryPickT1(out var error, out number))
        {
            reader.Add(node, "number", $"'number' is not a document number: {error}");
        }

        var type = reader.Enum<DocumentType>(node, "type", required: false);
        var seed = reader.String(node, "seed", required: true);
        var contextYear = reader.Int(node, "contextYear", required: true);
        var directive = new Directive
        {
            Number = number,
            Type = type,
            Issuer = reader.String(node, "issuer", required: false),
            IssuedOn = reader.Date(node, "issuedOn"),
            Subject = reader.String(node, "subject", required: false),
            Signer = reader.String(node, "signer", required: false),
            BasisDocuments = reader.Strings(node, "basis").SelectMany(CitationExtractor.Extract).ToList(),
        };
        var notes = reader.Strings(node, "notes");
        var tasks = new List<PlanTask>();
        var taskNodes = new Dictionary<string, JsonSourceNode>(StringComparer.Ordinal);
        foreach (var taskNode in reader.Array(node, "tasks", required: true))
        {
            if (ReadTask(taskNode, reader, agencies, seed ?? string.Empty, contextYear ?? 0) is not { } task)
            {
                continue;
            }

            if (!taskNodes.TryAdd(task.Id, taskNode))
            {
                reader.Add(taskNode, "id", $"duplicate task id '{task.Id}' in plan '{id}'");
                continue;
            }

            tasks.Add(task);
        }

        var links = ParentLinks.Resolve(tasks, static t => t.Id, static t => t.ParentId);
        for (var i = 0; i < tasks.Count; i++)
        {
            if (links.Parents[i] == ParentLinks.Unknown)
            {
                reader.Add(taskNodes[tasks[i].Id], "parent", $"task '{tasks[i].Id}' has parent '{tasks[i].ParentId}', which is not a task of plan '{id}'");
            }
            else if (links.ReachesCycle[i])
            {
                reader.Add(taskNodes[tasks[i].Id], "parent", $"task '{tasks[i].Id}' is part of a cycle of parents");
            }
        }

        return reader.Errors.Count > errorsBefore || id is null || contextYear is null
            ? null
            : new Plan(id, directive, tasks, contextYear.Value, notes);
    }

    private static PlanTask? ReadTask(JsonSourceNode node, JsonFieldReader reader, AgencyRegistry agencies, string seed, int contextYear)
    {
        var id = reader.String(node, "id", required: true);
        var text = reader.String(node, "text", required: true);
        var source = reader.Object(node, "source", required: true);
        var section = source is null ? null : reader.String(source, "section", required: true);
        var line = source is null ? null : reader.Int(source, "line", required: false);
        var deadline = reader.String(node, "deadline", required: false);
        var lead = ReadCell(node, "lead", reader, agencies);
        var coordinating = ReadCell(node, "coordinating", reader, agencies);
        var corrections = new List<TextCorrection>();
        foreach (var item in reader.Objects(node, "corrections", required: false))
        {
            // "printed" is never empty (the reader refuses it); "reads" may be, for a footnote marker read as nothing.
            var printed = reader.String(item, "printed", required: true);
            var reads = reader.String(item, "reads", required: true, allowEmpty: true);
            if (printed is not null && text is not null && !text.Contains(printed, StringComparison.Ordinal))
            {
                reader.Add(item, "printed", $"\"{printed}\" does not occur in the task's text");
            }
            else if (printed is not null && reads is not null)
            {
                corrections.Add(new TextCorrection(printed, reads));
            }
        }

        if (id is null || text is null || section is null)
        {
            return null;
        }

        return new PlanTask
        {
            Id = id,
            ParentId = reader.String(node, "parent", required: false),
            Label = reader.String(node, "label", required: false),
            Text = text,
            Content = reader.String(node, "content", required: false),
            Lead = lead,
            Coordinating = coordinating,
            ExpectedResult = reader.String(node, "expectedResult", required: false),
            DeadlineText = deadline,
            Deadline = deadline is null ? null : Deadline.Parse(deadline, contextYear),
            Remark = reader.String(node, "remark", required: false),
            Source = new TaskSource(seed, section, line),
            Notes = reader.Strings(node, "notes"),
            Corrections = corrections,
        }.WithAgenciesNamedInText(agencies);
    }

    private static AgencyCell? ReadCell(JsonSourceNode task, string name, JsonFieldReader reader, AgencyRegistry agencies)
    {
        if (reader.Object(task, name, required: false) is not { } node)
        {
            return null;
        }

        var text = reader.String(node, "text", required: true);
        var note = reader.String(node, "note", required: false);
        if (text is null)
        {
            return null;
        }

        var resolved = agencies.ResolveCell(text);
        var codesNode = node["agencies"];
        if (codesNode is null)
        {
            return resolved with { Note = note };
        }

        // Explicit codes override the reading of the text; each must name a registered agency.
        var references = new List<AgencyReference>();
        foreach (var item in reader.Array(node, "agencies", required: false))
        {
            if (item.Kind != JsonValueKind.String)
            {
                reader.Add(item, "agency codes must be strings");
            }
            else if (agencies.FindByCode(item.StringValue!) is not { } agency)
            {
                reader.Add(item, $"unknown agency '{item.StringValue}'");
            }
            else
            {
                var written = resolved.References.FirstOrDefault(r => r.Agency.Code == agency.Code);
                references.Add(written ?? new AgencyReference(agency.Name, agency));
            }
        }

        return new AgencyCell(text, references, []) { Note = note };
    }
}
