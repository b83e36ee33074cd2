using System.Runtime.InteropServices;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>Where an output path really writes: a file to replace whole, or a stream to write straight through.</summary>
/// <param name="Path">The full path written: a symbolic link's final target for a file, the path as given for a stream.</param>
/// <param name="IsStream">
/// True for a FIFO, a device, a socket, or anything under <c>/dev</c> or <c>/proc</c> (a process's own streams):
/// such a target is a destination, not a document, so it is opened and written, never replaced by a file.
/// </param>
internal sealed record OutputTarget(string Path, bool IsStream)
{
    /// <summary>What <paramref name="path"/> names on this machine.</summary>
    public static OutputTarget Of(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        if (full.StartsWith("/dev/", StringComparison.Ordinal) || full.StartsWith("/proc/", StringComparison.Ordinal) || IsSpecial(full))
        {
            return new OutputTarget(full, IsStream: true);
        }

        // A link to a document replaces the document and keeps the link, as an editor saving through it would.
        var file = new FileInfo(full);
        return new OutputTarget(file.LinkTarget is null ? full : file.ResolveLinkTarget(returnFinalTarget: true)!.FullName, IsStream: false);
    }

    // File.Exists is true for a FIFO or a device too; only the file's type in stat tells them from a regular file. statx's
    // buffer has one layout on every Linux architecture, so no per-architecture struct is needed.
    private static bool IsSpecial(string full)
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        const int AtCurrentFolder = -100;
        const uint TypeOnly = 1;
        const int ModeOffset = 28;
        var buffer = new byte[256];
        if (Statx(AtCurrentFolder, full, 0, TypeOnly, buffer) != 0)
        {
            return false;
        }

        var type = BitConverter.ToUInt16(buffer, ModeOffset) & 0xF000;
        return type is not 0x8000 and not 0x4000;
    }

    [DllImport("libc", EntryPoint = "statx", SetLastError = true)]
    [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
    private static extern int Statx(int folder, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);
}
