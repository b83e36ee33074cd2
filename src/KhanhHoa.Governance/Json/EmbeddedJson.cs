namespace KhanhHoa.Governance.Json;

/// <summary>Reads the JSON files embedded in the library (<c>Data/Resources</c>) with the same loaders hosts use.</summary>
internal static class EmbeddedJson
{
    public delegate InputResult<T> Loader<T>(ReadOnlySpan<byte> utf8Json);

    /// <exception cref="InvalidOperationException">The resource is missing (a packaging defect).</exception>
    public static byte[] Read(string resourceName)
    {
        using var stream = typeof(EmbeddedJson).Assembly.GetManifestResourceStream(resourceName)
            ?? throw new InvalidOperationException($"Embedded resource {resourceName} is missing.");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    /// <exception cref="InvalidOperationException">The resource is missing or invalid (a packaging defect; the tests guard against it).</exception>
    public static T Load<T>(string resourceName, Loader<T> load) =>
        load(Read(resourceName)).Match(
            static value => value,
            errors => throw new InvalidOperationException($"Embedded resource {resourceName} is invalid: " + string.Join("; ", errors)));
}
