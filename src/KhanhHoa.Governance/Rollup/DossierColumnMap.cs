namespace KhanhHoa.Governance.Rollup;

/// <summary>
/// How a vendor's export maps onto the dossier contract: the header texts of each contract column, the vendor's
/// words for the contract's values ("Trực tuyến" → <c>online</c>, "Toàn trình" → <c>full</c>, "Có" → <c>1</c>), the
/// constants for columns the export does not have, and the date formats it writes ("dd/MM/yyyy HH:mm"). Headers and
/// words match whatever their case, accents, Unicode form and spacing. Hosts load one from JSON
/// (<c>khanhhoa-governance/dossier-column-map/1</c>) with <c>GovernanceDataLoader.LoadDossierColumnMap</c> and pass it
/// as <see cref="DossierReadOptions.ColumnMap"/>.
/// </summary>
/// <remarks>
/// A contract column is always recognised by its own name as well, and a contract value by its own word, so a file
/// already in the contract reads the same with or without a map. A date given without a time is taken as the start
/// of its day when received and the end of its day (23:59) when finished, so that a dossier finished on the day it
/// was received is not finished before it was received.
/// </remarks>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed class DossierColumnMap
{
    internal DossierColumnMap(
        string name,
        IReadOnlyDictionary<string, IReadOnlyList<string>> headers,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> values,
        IReadOnlyDictionary<string, string> defaults,
        IReadOnlyList<string> dateFormats)
    {
        Name = name;
        Headers = headers;
        Values = values;
        Defaults = defaults;
        DateFormats = dateFormats;
    }

    /// <summary>What export the map is for ("Hệ thống thông tin giải quyết TTHC — mẫu xuất danh sách hồ sơ").</summary>
    public string Name { get; }

    /// <summary>For each contract column (<c>received_at</c>), the header texts that name it in the export.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Headers { get; }

    /// <summary>For a contract column with fixed words (<c>channel</c>, <c>service_level</c>, the flags), the export's word for each contract word.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> Values { get; }

    /// <summary>The contract value to use for a column the export does not have (<c>supplement_requests</c> → <c>0</c>).</summary>
    public IReadOnlyDictionary<string, string> Defaults { get; }

    /// <summary>
    /// The date formats the export writes, tried in order after the contract's own (<c>yyyy-MM-dd</c>,
    /// <c>yyyy-MM-ddTHH:mm</c>): patterns of <c>d</c>/<c>dd</c>, <c>M</c>/<c>MM</c>, <c>yyyy</c>, <c>H</c>/<c>HH</c>,
    /// <c>mm</c>, <c>ss</c> and literal characters.
    /// </summary>
    public IReadOnlyList<string> DateFormats { get; }

    /// <summary>The contract itself: no other headers, words, defaults or date formats.</summary>
    public static DossierColumnMap Contract { get; } = new(
        "dossier contract", new Dictionary<string, IReadOnlyList<string>>(), new Dictionary<string, IReadOnlyDictionary<string, string>>(), new Dictionary<string, string>(), []);

    /// <summary>The same map reading these date formats too, after its own (a spreadsheet reader adds the forms it writes dates in).</summary>
    /// <param name="formats">Date formats, as <see cref="DateFormats"/> describes them.</param>
    /// <returns>The map with the formats added.</returns>
    /// <exception cref="ArgumentException">A format is not one <see cref="DateFormats"/> allows.</exception>
    public DossierColumnMap WithDateFormats(IEnumerable<string> formats)
    {
        ArgumentNullException.ThrowIfNull(formats);
        var added = formats.Except(DateFormats, StringComparer.Ordinal).ToList();
        foreach (var format in added.Where(static f => DatePattern.Compile(f) is null))
        {
            throw new ArgumentException($"'{format}' is not a date format.", nameof(formats));
        }

        return new(Name, Headers, Values, Defaults, [.. DateFormats, .. added]);
    }
}
