namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>
/// Opens the files a verb reads. <c>-</c> is standard input; pipes and FIFOs are read as they come (their length is
/// unknown); a folder, or a path that is missing, is bad input naming the option and the path as the caller gave it.
/// </summary>
internal static class InputFile
{
    /// <summary>The path that stands for standard input.</summary>
    public const string StandardInput = "-";

    /// <summary>How errors name <paramref name="path"/>: as given, or "standard input".</summary>
    public static string Describe(string path) => path == StandardInput ? "standard input" : path;

    /// <summary>Opens <paramref name="path"/> for reading, or fails as bad input naming <paramref name="option"/>.</summary>
    public static Stream OpenRead(string path, string option, Terminal terminal)
    {
        if (path == StandardInput)
        {
            return terminal.OpenInput();
        }

        if (Directory.Exists(path))
        {
            throw CliException.BadInput($"{option} {path}: is a folder; expected a file.");
        }

        if (!File.Exists(path))
        {
            throw CliException.BadInput($"{option} {path}: no such file.");
        }

        return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
    }

    /// <summary>Reads the whole of <paramref name="path"/>, as <see cref="OpenRead"/> opens it.</summary>
    public static byte[] ReadAllBytes(string path, string option, Terminal terminal)
    {
        using var stream = OpenRead(path, option, terminal);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
