using System.Collections.Frozen;
using System.Text;
using KhanhHoa.Governance.Primitives;

namespace KhanhHoa.Governance.Organization;

/// <summary>
/// The agencies a host knows, and the resolution of the many ways documents write them ("Sở Công thương" /
/// "Sở Công Thương", "Chi cục thuế khu vực XIII" / "khu vực 13", "Văn phòng UBND tỉnh (Trung tâm PVHCC tỉnh)" …).
/// </summary>
/// <remarks>
/// Matching is accent-, case- and spacing-insensitive and works on word tokens, so "Sở,ban,ngành" matches
/// "Sở, ban, ngành". A cell is read left to right taking the longest known name at each point; a parenthesised
/// text right after a name is kept as its qualifier, as is a trailing "liên quan" or "trên địa bàn tỉnh".
/// Words that name no known agency are reported as unresolved, never guessed.
/// </remarks>
/// <threadsafety>Immutable after construction; safe to share between threads.</threadsafety>
public sealed class AgencyRegistry
{
    private static readonly FrozenSet<string> Fillers = FrozenSet.Create(StringComparer.Ordinal, "va", "voi", "hoac");

    private static readonly string[][] TrailingQualifiers =
    [
        ["co", "lien", "quan"], ["lien", "quan"], ["tren", "dia", "ban", "tinh"], ["tren", "dia", "ban"],
    ];

    private readonly FrozenDictionary<string, Agency> byCode;
    private readonly Dictionary<string, Agency> byFoldedName;
    private readonly int longestName;

    // Only for agencies already checked by Validate; hosts go through Create, which reports problems instead of throwing.
    internal AgencyRegistry(IReadOnlyList<Agency> list)
    {
        Agencies = list;
        byCode = list.ToFrozenDictionary(static a => a.Code, StringComparer.Ordinal);
        byFoldedName = new Dictionary<string, Agency>(StringComparer.Ordinal);
        foreach (var agency in list)
        {
            foreach (var name in Names(agency))
            {
                var key = Key(name);
                byFoldedName[key] = agency;
                longestName = Math.Max(longestName, key.Split(' ').Length);
            }
        }
    }

    /// <summary>The agencies, in the order given.</summary>
    public IReadOnlyList<Agency> Agencies { get; }

    /// <summary>Checks a list of agencies and builds the registry: unique codes, no name or alias shared by two agencies.</summary>
    /// <param name="agencies">The agencies.</param>
    /// <returns>The registry, or one error per problem (<see cref="InputError.Field"/> <c>agencies</c>).</returns>
    public static InputResult<AgencyRegistry> Create(IEnumerable<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var list = agencies.ToList();
        var problems = Validate(list);
        return problems.Count == 0
            ? InputResult<AgencyRegistry>.ForValue(new AgencyRegistry(list))
            : InputResult<AgencyRegistry>.ForErrors([.. problems.Select(static m => new InputError(0, 0, m) { Field = "agencies" })]);
    }

    internal static IReadOnlyList<string> Validate(IReadOnlyList<Agency> agencies)
    {
        ArgumentNullException.ThrowIfNull(agencies);
        var errors = new List<string>();
        var codes = new HashSet<string>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var agency in agencies)
        {
            if (!codes.Add(agency.Code))
            {
                errors.Add($"duplicate agency code '{agency.Code}'");
            }

            foreach (var name in Names(agency))
            {
                var key = Key(name);
                if (key.Length == 0)
                {
                    errors.Add($"agency '{agency.Code}' has an empty name or alias");
                }
                else if (names.TryGetValue(key, out var other) && other != agency.Code)
                {
                    errors.Add($"name '{name}' belongs to both '{other}' and '{agency.Code}'");
                }
                else
                {
                    names[key] = agency.Code;
                }
            }
        }

        return errors;
    }

    /// <summary>The agency with code <paramref name="code"/>, or <see langword="null"/>.</summary>
    /// <param name="code">An agency code (exact, case-sensitive).</param>
    /// <returns>The agency, or <see langword="null"/> when no agency has that code.</returns>
    public Agency? FindByCode(string code) => byCode.GetValueOrDefault(code);

    /// <summary>Resolves a text that names exactly one agency ("Sở Công thương", "Chi cục thuế khu vực 13").</summary>
    /// <param name="name">The name as written; surrounding spaces and trailing punctuation are ignored.</param>
    /// <returns>The agency, or <see langword="null"/> when the whole text is not a known name or alias.</returns>
    public Agency? Resolve(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return byFoldedName.GetValueOrDefault(Key(name.TrimEnd('.', ';', ',', ' ')));
    }

    /// <summary>Reads a table cell that names one or more agencies.</summary>
    /// <param name="cell">The cell as printed, e.g. "Văn phòng UBND tỉnh; Sở Khoa học và Công nghệ".</param>
    /// <returns>The agencies found, with qualifiers, and the fragments that could not be resolved.</returns>
    public AgencyCell ResolveCell(string cell)
    {
        ArgumentNullException.ThrowIfNull(cell);
        var nfc = cell.Normalize(NormalizationForm.FormC);
        var tokens = VietnameseText.Tokenize(nfc);
        var references = new List<AgencyReference>();
        var unresolved = new List<string>();
        int? fragmentStart = null;
        var fragmentEnd = 0;

        void Flush()
        {
            if (fragmentStart is { } start)
            {
                unresolved.Add(nfc[start..fragmentEnd]);
                fragmentStart = null;
            }
        }

        var i = 0;
        while (i < tokens.Count)
        {
            var (agency, length) = LongestMatch(tokens, i);
            if (agency is not null)
            {
                Flush();
                var text = nfc[tokens[i].Start..tokens[i + length - 1].End];
                i += length;
                var qualifier = ReadQualifier(nfc, tokens, ref i);
                references.Add(new AgencyReference(text, agency, qualifier));
                continue;
            }

            var token = tokens[i];
            if (!token.IsWord || Fillers.Contains(token.Value))
            {
                Flush();
            }
            else
            {
                fragmentStart ??= token.Start;
                fragmentEnd = token.End;
            }

            i++;
        }

        Flush();
        return new AgencyCell(cell, references, unresolved);
    }

    private (Agency? Agency, int Length) LongestMatch(List<VietnameseText.Token> tokens, int start)
    {
        if (!tokens[start].IsWord)
        {
            return (null, 0);
        }

        var builder = new StringBuilder();
        var candidates = new List<(string Key, int Length)>();
        var words = 0;
        for (var j = start; j < tokens.Count && words < longestName + 8; j++)
        {
            if (builder.Length > 0)
            {
                builder.Append(' ');
            }

            builder.Append(tokens[j].Value);
            if (tokens[j].IsWord)
            {
                words++;
                candidates.Add((builder.ToString(), j - start + 1));
            }
        }

        for (var c = candidates.Count - 1; c >= 0; c--)
        {
            if (byFoldedName.TryGetValue(candidates[c].Key, out var agency))
            {
                return (agency, candidates[c].Length);
            }
        }

        return (null, 0);
    }

    private static string? ReadQualifier(string nfc, List<VietnameseText.Token> tokens, ref int i)
    {
        if (i < tokens.Count && tokens[i].Value == "(")
        {
            var depth = 0;
            for (var j = i; j < tokens.Count; j++)
            {
                depth += tokens[j].Value switch { "(" => 1, ")" => -1, _ => 0 };
                if (depth == 0)
                {
                    var qualifier = nfc[tokens[i].End..tokens[j].Start].Trim();
                    i = j + 1;
                    return qualifier;
                }
            }
        }

        var at = i;
        foreach (var phrase in TrailingQualifiers)
        {
            if (at + phrase.Length <= tokens.Count && phrase.Select((w, k) => tokens[at + k].Value == w).All(static b => b))
            {
                var qualifier = nfc[tokens[i].Start..tokens[i + phrase.Length - 1].End];
                i += phrase.Length;
                return qualifier;
            }
        }

        return null;
    }

    private static IEnumerable<string> Names(Agency agency) => agency.Aliases.Prepend(agency.Name);

    /// <summary>The lookup key of a name: its folded tokens joined by single spaces.</summary>
    private static string Key(string name) =>
        string.Join(' ', VietnameseText.Tokenize(name.Normalize(NormalizationForm.FormC)).Select(static t => t.Value));
}
