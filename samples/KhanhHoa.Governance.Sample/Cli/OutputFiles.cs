using System.Security.Cryptography;
using System.Text;

namespace KhanhHoa.Governance.Sample.Cli;

/// <summary>One file of a run's output: where it goes and what writes its content.</summary>
/// <param name="Path">The target path.</param>
/// <param name="Write">Writes the content to the stream it is given.</param>
internal sealed record OutputFile(string Path, Action<Stream> Write);

/// <summary>
/// Writes the files of one run all or nothing: every file is first written in full beside its target, then each
/// target is replaced in turn; if anything fails, the targets already replaced get their old content back and the
/// staged files are removed, so a folder holds either the whole new set or what it held before. Runs writing into the
/// same folder take turns: each holds a lock for that folder while it stages and replaces.
/// </summary>
/// <remarks>
/// The lock is an exclusive lock on a file in the system's temporary folder named after the target folder's full
/// path, so the output folder itself gets no lock file; the operating system releases it when a process dies. It
/// guards runs on one machine (a folder shared over the network by several machines is not covered).
/// </remarks>
internal static class OutputFiles
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(30);

    /// <summary>Fails as bad usage, naming <paramref name="option"/>, when <paramref name="folder"/> is an existing file.</summary>
    public static void CheckFolder(string folder, string option)
    {
        if (File.Exists(folder))
        {
            throw CliException.BadUsage($"{option} {folder}: is a file; expected a folder (created when missing).");
        }
    }

    /// <summary>Fails as bad usage, naming <paramref name="option"/>, when <paramref name="file"/> is an existing folder.</summary>
    public static void CheckFile(string file, string option)
    {
        if (Directory.Exists(file))
        {
            throw CliException.BadUsage($"{option} {file}: is a folder; expected a file name.");
        }
    }

    /// <summary>Writes <paramref name="files"/> all or nothing; on failure, an <see cref="ExitCodes.OutputFailed"/> error.</summary>
    public static void Write(IReadOnlyList<OutputFile> files)
    {
        var targets = files.Select(file => System.IO.Path.GetFullPath(file.Path)).ToArray();
        var folders = targets.Select(target => System.IO.Path.GetDirectoryName(target)!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var locks = new List<FileStream>();
        var created = new List<string>();
        var staged = new string?[files.Count];
        var backups = new string?[files.Count];
        var replaced = 0;
        try
        {
            // In a fixed order, so two runs over overlapping folders cannot wait on each other.
            locks.AddRange(folders.Select(Lock));
            foreach (var folder in folders)
            {
                // Each missing ancestor is remembered, so a failure can take them all away again.
                for (var missing = folder; missing is not null && !Directory.Exists(missing); missing = System.IO.Path.GetDirectoryName(missing))
                {
                    created.Add(missing);
                }

                Directory.CreateDirectory(folder);
            }

            foreach (var target in targets.Where(Directory.Exists))
            {
                throw new IOException($"{target} is a folder");
            }

            for (var i = 0; i < files.Count; i++)
            {
                staged[i] = Beside(targets[i], "tmp");
                using var stream = new FileStream(staged[i]!, FileMode.Create, FileAccess.Write, FileShare.None);
                files[i].Write(stream);
                stream.Flush(flushToDisk: true);
            }

            for (; replaced < files.Count; replaced++)
            {
                if (File.Exists(targets[replaced]))
                {
                    backups[replaced] = Beside(targets[replaced], "bak");
                    File.Move(targets[replaced], backups[replaced]!, overwrite: true);
                }

                File.Move(staged[replaced]!, targets[replaced]);
                staged[replaced] = null;
            }
        }
        catch (Exception failure)
        {
            Restore(targets, staged, backups, replaced, created);
            if (failure is IOException or UnauthorizedAccessException)
            {
                throw new CliException(ExitCodes.OutputFailed, $"{failure.Message.TrimEnd('.')}; nothing was written, the output is as it was.");
            }

            throw;
        }
        finally
        {
            locks.ForEach(gate => gate.Dispose());
        }

        foreach (var backup in backups.OfType<string>())
        {
            File.Delete(backup);
        }
    }

    // Puts back what was there: each replaced target gets its backup back (or goes, when it is new); the target whose
    // replacement failed gets its backup back if it had already been moved aside; then the staged files and the folders
    // this run made are removed.
    private static void Restore(string[] targets, string?[] staged, string?[] backups, int replaced, List<string> created)
    {
        for (var i = Math.Min(replaced, targets.Length - 1); i >= 0; i--)
        {
            if (i < replaced)
            {
                File.Delete(targets[i]);
            }

            if (backups[i] is { } backup && File.Exists(backup))
            {
                File.Move(backup, targets[i], overwrite: true);
            }
        }

        foreach (var file in staged.OfType<string>())
        {
            File.Delete(file);
        }

        foreach (var folder in created.OrderByDescending(folder => folder.Length).Where(folder => Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any()))
        {
            Directory.Delete(folder);
        }
    }

    private static string Beside(string target, string suffix) =>
        System.IO.Path.Combine(System.IO.Path.GetDirectoryName(target)!, $".{System.IO.Path.GetFileName(target)}.{Environment.ProcessId}.{suffix}");

    // An exclusive lock (FileShare.None takes an advisory flock on Unix) on a file named after the folder, waited for
    // while another run holds it.
    private static FileStream Lock(string folder)
    {
        var name = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(folder)))[..24];
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"khanhhoa-governance-{name}.lock");
        var deadline = DateTime.UtcNow + LockWait;
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                Thread.Sleep(50);
            }
            catch (IOException)
            {
                throw new IOException($"{folder}: another run has been writing to this folder for {LockWait.TotalSeconds:0} s");
            }
        }
    }
}
