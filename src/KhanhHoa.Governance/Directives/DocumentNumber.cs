using System.Globalization;
using System.Text;
using OneOf;

namespace KhanhHoa.Governance.Directives;

/// <summary>
/// The number and symbol of a document (số, ký hiệu): <c>3433/KH-UBND</c>, <c>2841/CAT-PCSQLHC</c>,
/// <c>02/2024/NQ-HĐND</c>, <c>45/2019/QH14</c>, <c>66.7/2025/NQ-CP</c>, <c>57-NQ/TW</c>, or the blank number of a
/// draft, <c>/UBND-KGVX</c>.
/// </summary>
/// <remarks>
/// <para>
/// Decree 30/2020/NĐ-CP, Art. 8(2), 9 and 15 and Appendix I §4: the number is in Arabic digits from 01 each year,
/// "/" separates number and symbol, "-" separates the groups of the symbol. Real documents over-pad ("012") and
/// the Government numbers some resolutions with a dot ("66.7"); both are kept exactly as printed.
/// </para>
/// <para>
/// <c>X/Y-Z</c> is a typed document when Y is in the <see cref="DocumentTypeTable"/>, otherwise an official letter
/// of issuer Y. <see cref="ToString"/> gives back the parsed text without the "Số:" prefix and with
/// spaces removed, so parsing and printing round-trip.
/// </para>
/// </remarks>
/// <threadsafety>Immutable value type; safe to share between threads.</threadsafety>
public readonly struct DocumentNumber : IEquatable<DocumentNumber>
{
    private readonly string? issuer;

    private DocumentNumber(DocumentNumberForm form, string? number, int? year, string? typeCode, DocumentType? type, string issuer, string? unit)
    {
        Form = form;
        Number = number;
        Year = year;
        TypeCode = typeCode;
        DocumentType = type;
        this.issuer = issuer;
        Unit = unit;
    }

    /// <summary>The grammar the number follows.</summary>
    public DocumentNumberForm Form { get; }

    /// <summary>The number as printed ("02", "66.7", "3433"), or <see langword="null"/> for a draft's blank number.</summary>
    public string? Number { get; }

    /// <summary>The year of a legal normative document (<c>02/2024/NQ-HĐND</c> → 2024); <see langword="null"/> otherwise.</summary>
    public int? Year { get; }

    /// <summary>The type abbreviation as printed ("KH", "QĐ", "NQ"), or <see langword="null"/> for official letters and laws of the National Assembly.</summary>
    public string? TypeCode { get; }

    /// <summary>The document type (Decree 30/2020/NĐ-CP, Art. 7): from the type code, <see cref="Directives.DocumentType.OfficialLetter"/> for letters, <see langword="null"/> when the code is not in the table or absent.</summary>
    public DocumentType? DocumentType { get; }

    /// <summary>The issuer's abbreviation ("UBND", "CAT", "CP", "QH14", "TW").</summary>
    public string Issuer => issuer ?? string.Empty;

    /// <summary>The rest of the symbol after the issuer: the issuing unit or field of a letter ("PCSQLHC"), or extra groups.</summary>
    public string? Unit { get; }

    /// <summary>Whether the number is blank (a draft, "Số: /UBND-KGVX").</summary>
    public bool IsDraft => Number is null;

    /// <summary>Parses a document number.</summary>
    /// <param name="text">The text, optionally prefixed by "Số:"; spaces around the separators are ignored; NFC or NFD.</param>
    /// <param name="types">The type table; <see cref="DocumentTypeTable.Default"/> when <see langword="null"/>.</param>
    /// <returns>The number, or a <see cref="ParseError"/> saying what was expected where.</returns>
    public static OneOf<DocumentNumber, ParseError> Parse(string? text, DocumentTypeTable? types = null)
    {
        if (text is null)
        {
            return new ParseError("expected a document number, got nothing", string.Empty, 0);
        }

        types ??= DocumentTypeTable.Default;
        var nfc = text.Normalize(NormalizationForm.FormC);
        var pos = SkipSpaces(nfc, 0);
        if (nfc.AsSpan(pos).StartsWith("Số", StringComparison.OrdinalIgnoreCase))
        {
            pos = SkipSpaces(nfc, pos + 2);
            if (pos < nfc.Length && nfc[pos] == ':')
            {
                pos = SkipSpaces(nfc, pos + 1);
            }
        }

        var numberStart = pos;
        while (pos < nfc.Length && char.IsAsciiDigit(nfc[pos]))
        {
            pos++;
        }

        if (pos > numberStart && pos + 1 < nfc.Length && nfc[pos] == '.' && char.IsAsciiDigit(nfc[pos + 1]))
        {
            pos++;
            while (pos < nfc.Length && char.IsAsciiDigit(nfc[pos]))
            {
                pos++;
            }
        }

        string? number = pos > numberStart ? nfc[numberStart..pos] : null;
        pos = SkipSpaces(nfc, pos);
        if (pos >= nfc.Length)
        {
            return new ParseError("expected '/' or '-' after the number", text, pos);
        }

        if (nfc[pos] == '-' && number is not null)
        {
            return ParseParty(nfc, text, pos + 1, number, types);
        }

        if (nfc[pos] != '/')
        {
            return new ParseError(number is null ? "expected a number or '/'" : "expected '/' or '-' after the number", text, pos);
        }

        pos = SkipSpaces(nfc, pos + 1);
        int? year = null;
        var yearEnd = pos;
        while (yearEnd < nfc.Length && char.IsAsciiDigit(nfc[yearEnd]))
        {
            yearEnd++;
        }

        if (yearEnd > pos)
        {
            var afterYear = SkipSpaces(nfc, yearEnd);
            if (yearEnd - pos != 4 || afterYear >= nfc.Length || nfc[afterYear] != '/')
            {
                return new ParseError("expected a four-digit year followed by '/', or a symbol starting with a letter", text, pos);
            }

            if (number is null)
            {
                return new ParseError("a legal normative document needs a number", text, numberStart);
            }

            year = int.Parse(nfc.AsSpan(pos, 4), NumberStyles.None, CultureInfo.InvariantCulture);
            pos = SkipSpaces(nfc, afterYear + 1);
        }

        var groups = ReadGroups(nfc, text, pos, '-');
        if (groups.TryPickT1(out var error, out var symbol))
        {
            return error;
        }

        var type = types.TypeOf(symbol[0]);
        if (year is { } y)
        {
            return type is not null && symbol.Count > 1
                ? new DocumentNumber(DocumentNumberForm.Normative, number, y, symbol[0], type, symbol[1], Rest(symbol, 2))
                : new DocumentNumber(DocumentNumberForm.Normative, number, y, null, null, symbol[0], Rest(symbol, 1));
        }

        return type is not null && symbol.Count > 1
            ? new DocumentNumber(DocumentNumberForm.Administrative, number, null, symbol[0], type, symbol[1], Rest(symbol, 2))
            : new DocumentNumber(DocumentNumberForm.OfficialLetter, number, null, null, Directives.DocumentType.OfficialLetter, symbol[0], Rest(symbol, 1));
    }

    /// <summary>Parses a document number without allocating an error.</summary>
    /// <param name="text">The text (see <see cref="Parse"/>).</param>
    /// <param name="number">The number when the text is valid; <see langword="default"/> otherwise.</param>
    /// <returns>Whether the text is a valid document number.</returns>
    public static bool TryParse(string? text, out DocumentNumber number)
    {
        var result = Parse(text);
        number = result.IsT0 ? result.AsT0 : default;
        return result.IsT0;
    }

    /// <summary>The number and symbol, e.g. <c>02/2024/NQ-HĐND</c>; <c>/UBND-KGVX</c> for a draft.</summary>
    /// <returns>The canonical text, which <see cref="Parse"/> reads back to an equal value.</returns>
    public override string ToString()
    {
        var symbol = new StringBuilder();
        if (Form == DocumentNumberForm.Party)
        {
            symbol.Append(Number).Append('-').Append(TypeCode).Append('/').Append(Issuer);
            return symbol.ToString();
        }

        symbol.Append(Number).Append('/');
        if (Year is { } year)
        {
            symbol.Append(year.ToString("D4", CultureInfo.InvariantCulture)).Append('/');
        }

        if (TypeCode is not null)
        {
            symbol.Append(TypeCode).Append('-');
        }

        symbol.Append(Issuer);
        if (Unit is not null)
        {
            symbol.Append('-').Append(Unit);
        }

        return symbol.ToString();
    }

    /// <inheritdoc/>
    public bool Equals(DocumentNumber other) => string.Equals(ToString(), other.ToString(), StringComparison.Ordinal);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is DocumentNumber other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(ToString());

    /// <summary>Whether two numbers print the same.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when equal.</returns>
    public static bool operator ==(DocumentNumber left, DocumentNumber right) => left.Equals(right);

    /// <summary>Whether two numbers print differently.</summary>
    /// <param name="left">The first number.</param>
    /// <param name="right">The second number.</param>
    /// <returns><see langword="true"/> when different.</returns>
    public static bool operator !=(DocumentNumber left, DocumentNumber right) => !left.Equals(right);

    private static OneOf<DocumentNumber, ParseError> ParseParty(string nfc, string text, int pos, string number, DocumentTypeTable types)
    {
        var typeStart = SkipSpaces(nfc, pos);
        var typeEnd = typeStart;
        while (typeEnd < nfc.Length && char.IsLetter(nfc[typeEnd]))
        {
            typeEnd++;
        }

        if (typeEnd == typeStart)
        {
            return new ParseError("expected the type of a Party document (e.g. NQ in 57-NQ/TW)", text, typeStart);
        }

        var slash = SkipSpaces(nfc, typeEnd);
        if (slash >= nfc.Length || nfc[slash] != '/')
        {
            return new ParseError("expected '/' after the type of a Party document", text, slash);
        }

        var groups = ReadGroups(nfc, text, SkipSpaces(nfc, slash + 1), '-');
        if (groups.TryPickT1(out var error, out var body))
        {
            return error;
        }

        var typeCode = nfc[typeStart..typeEnd];
        return new DocumentNumber(DocumentNumberForm.Party, number, null, typeCode, types.TypeOf(typeCode), string.Join('-', body), null);
    }

    private static OneOf<List<string>, ParseError> ReadGroups(string nfc, string text, int pos, char separator)
    {
        var groups = new List<string>();
        while (true)
        {
            var start = pos;
            while (pos < nfc.Length && (char.IsLetterOrDigit(nfc[pos]) || nfc[pos] == '&'))
            {
                pos++;
            }

            if (pos == start || !char.IsLetter(nfc[start]))
            {
                return new ParseError("expected a symbol group starting with a letter", text, start);
            }

            groups.Add(nfc[start..pos]);
            pos = SkipSpaces(nfc, pos);
            if (pos >= nfc.Length)
            {
                return groups;
            }

            if (nfc[pos] != separator)
            {
                return new ParseError($"unexpected '{nfc[pos]}' in the symbol", text, pos);
            }

            pos = SkipSpaces(nfc, pos + 1);
        }
    }

    private static string? Rest(List<string> groups, int from) => groups.Count > from ? string.Join('-', groups.Skip(from)) : null;

    private static int SkipSpaces(string text, int pos)
    {
        while (pos < text.Length && char.IsWhiteSpace(text[pos]))
        {
            pos++;
        }

        return pos;
    }
}
