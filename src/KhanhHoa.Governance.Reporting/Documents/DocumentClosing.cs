namespace KhanhHoa.Governance.Reporting.Documents;

/// <summary>The end of the body: the closing sentence, "Nơi nhận" with its lines, and the signature block.</summary>
/// <param name="Sentence">The closing sentence ("Ban Chỉ đạo tỉnh Khánh Hòa báo cáo … ./."); empty when none.</param>
/// <param name="RecipientsHeading">"Nơi nhận:".</param>
/// <param name="Recipients">The recipients' lines as printed, each ending with ";" and the last with ".".</param>
/// <param name="Signature">The signature block; the signer's name is empty while none is configured.</param>
/// <threadsafety>Immutable; safe to share between threads.</threadsafety>
public sealed record DocumentClosing(string Sentence, string RecipientsHeading, IReadOnlyList<string> Recipients, SignatureBlock Signature)
{
    /// <summary>The recipients' lines (a read-only copy).</summary>
    public IReadOnlyList<string> Recipients { get; init; } = [.. Recipients];

    /// <summary>The signature block's lines as printed, top to bottom, without the empty ones.</summary>
    public IReadOnlyList<string> SignatureLines =>
        [.. new[] { Signature.Authority, Signature.Position, Signature.SecondaryTitle, Signature.SignerName }.Where(static line => line.Length > 0)];
}
