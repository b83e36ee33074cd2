using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
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
/// same folder take turns: each holds a lock for that folder while it stages and replaces. SIGINT and SIGTERM put
/// everything back the same way before the process ends; what a run killed outright left behind (its staged files,
/// a backup taken mid-replacement) is cleaned up or put back by the next run writing the same targets. A target that
/// is a stream (a FIFO, a device, <c>/dev/stdout</c>) is never replaced: it is written straight through once every file
/// is in place, and the files go back as they were if that write fails.
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

    /// <summary>
    /// Fails as bad usage, before any work, when an output of the run names the same file as another output or as an
    /// input (options without a value are skipped): one of the two would be lost.
    /// </summary>
    /// <param name="inputs">The files the run reads, by the option that names them.</param>
    /// <param name="outputs">The files the run writes, by the option that names them.</param>
    public static void CheckApart(IEnumerable<(string Option, string? Path)> inputs, IEnumerable<(string Option, string? Path)> outputs)
    {
        var read = inputs.Where(static input => input.Path is not null and not InputFile.StandardInput).Select(static input => (input.Option, input.Path, Full: System.IO.Path.GetFullPath(input.Path!))).ToList();
        var written = new List<(string Option, string? Path, string Full)>();
        foreach (var (option, path) in outputs.Where(static output => output.Path is not null))
        {
            var full = System.IO.Path.GetFullPath(path!);
            foreach (var other in written.Where(other => string.Equals(other.Full, full, StringComparison.Ordinal)))
            {
                throw CliException.BadUsage($"{option} {path}: is also where {other.Option} writes {other.Path}; each output needs a file of its own.");
            }

            foreach (var input in read.Where(input => string.Equals(input.Full, full, StringComparison.Ordinal)))
            {
                throw CliException.BadUsage($"{option} {path}: is {input.Option}, an input of this run; an output never replaces what the run reads.");
            }

            written.Add((option, path, full));
        }
    }

    /// <summary>Writes <paramref name="files"/> all or nothing; on failure, an <see cref="ExitCodes.OutputFailed"/> error.</summary>
    public static void Write(IReadOnlyList<OutputFile> files)
    {
        var kinds = Targets(files);
        var targets = kinds.Select(static kind => kind.Path).ToArray();
        // Two files on one target would stage over each other and back the first up over the original.
        CheckApart([], targets.Select(static target => ("the output", (string?)target)));
        var documents = Enumerable.Range(0, files.Count).Where(i => !kinds[i].IsStream).ToArray();
        var folders = documents.Select(i => System.IO.Path.GetDirectoryName(targets[i])!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        var locks = new List<FileStream>();
        var created = new List<string>();
        var staged = new string?[files.Count];
        var backups = new string?[files.Count];
        var replaced = 0;
        var interrupted = false;
        string? sending = null;
        var gate = new object();

        // SIGINT or SIGTERM while staging or replacing puts everything back before the process ends, as a failure does.
        void Interrupt(PosixSignalContext context)
        {
            lock (gate)
            {
                if (!interrupted)
                {
                    interrupted = true;
                    Restore(kinds, staged, backups, replaced, created);
                }
            }
        }

        using var onInterrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Interrupt);
        using var onTerminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Interrupt);
        try
        {
            // In a fixed order, so two runs over overlapping folders cannot wait on each other.
            locks.AddRange(folders.Select(Lock));
            foreach (var i in documents)
            {
                Recover(targets[i]);
            }

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

            foreach (var i in documents)
            {
                lock (gate)
                {
                    ThrowIfInterrupted(interrupted);
                    staged[i] = Beside(targets[i], "tmp");
                }

                using var stream = new FileStream(staged[i]!, FileMode.Create, FileAccess.Write, FileShare.None);
                files[i].Write(stream);
                stream.Flush(flushToDisk: true);
            }

            while (replaced < files.Count)
            {
                // One target at a time under the gate, so an interruption sees each either replaced or untouched.
                lock (gate)
                {
                    ThrowIfInterrupted(interrupted);
                    if (kinds[replaced].IsStream)
                    {
                        replaced++;
                        continue;
                    }

                    if (File.Exists(targets[replaced]))
                    {
                        backups[replaced] = Beside(targets[replaced], "bak");
                        File.Move(targets[replaced], backups[replaced]!, overwrite: true);
                    }

                    File.Move(staged[replaced]!, targets[replaced]);
                    staged[replaced] = null;
                    replaced++;
                }
            }

            foreach (var i in Enumerable.Range(0, files.Count).Where(i => kinds[i].IsStream))
            {
                sending = targets[i];
                // Opened without creating or truncating: what is there is a FIFO's reader or a device, not a document.
                using var stream = new FileStream(targets[i], FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
                files[i].Write(stream);
                stream.Flush();
            }
        }
        catch (Exception failure)
        {
            lock (gate)
            {
                if (!interrupted)
                {
                    Restore(kinds, staged, backups, replaced, created);
                }
            }

            if (failure is IOException or UnauthorizedAccessException)
            {
                throw new CliException(
                    ExitCodes.OutputFailed,
                    sending is null
                        ? $"{failure.Message.TrimEnd('.')}; nothing was written, the output is as it was."
                        : $"{failure.Message.TrimEnd('.')}; the files of this run were put back as they were (what {sending} already received cannot be taken back).");
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

    // Where each file really writes; a path that cannot be resolved (a loop of symbolic links) fails before any work.
    private static OutputTarget[] Targets(IReadOnlyList<OutputFile> files)
    {
        try
        {
            return [.. files.Select(static file => OutputTarget.Of(file.Path))];
        }
        catch (IOException failure)
        {
            throw new CliException(ExitCodes.OutputFailed, $"{failure.Message.TrimEnd('.')}; nothing was written, the output is as it was.");
        }
    }

    // Puts back what was there: each replaced target gets its backup back (or goes, when it is new); the target whose
    // replacement failed gets its backup back if it had already been moved aside; then the staged files and the folders
    // this run made are removed. A stream is never deleted: what was written to it cannot be taken back.
    private static void Restore(OutputTarget[] targets, string?[] staged, string?[] backups, int replaced, List<string> created)
    {
        for (var i = Math.Min(replaced, targets.Length - 1); i >= 0; i--)
        {
            if (i < replaced && !targets[i].IsStream)
            {
                File.Delete(targets[i].Path);
            }

            if (backups[i] is { } backup && File.Exists(backup))
            {
                File.Move(backup, targets[i].Path, overwrite: true);
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

    private static void ThrowIfInterrupted(bool interrupted)
    {
        if (interrupted)
        {
            throw new IOException("interrupted");
        }
    }

    // What a run killed outright (SIGKILL, a power cut) left beside a target: its staged file goes; a backup whose target
    // is missing was taken mid-replacement and goes back in place, any other backup goes. Runs still alive are left alone.
    private static void Recover(string target)
    {
        var folder = System.IO.Path.GetDirectoryName(target)!;
        var prefix = $".{System.IO.Path.GetFileName(target)}.";
        if (!Directory.Exists(folder))
        {
            return;
        }

        foreach (var left in Directory.EnumerateFiles(folder, prefix + "*").Order(StringComparer.Ordinal))
        {
            var rest = System.IO.Path.GetFileName(left)[prefix.Length..];
            var dot = rest.IndexOf('.', StringComparison.Ordinal);
            if (dot <= 0 || !int.TryParse(rest[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var pid) || IsRunning(pid))
            {
                continue;
            }

            switch (rest[(dot + 1)..])
            {
                case "tmp":
                    File.Delete(left);
                    break;
                case "bak" when !File.Exists(target):
                    File.Move(left, target);
                    break;
                case "bak":
                    File.Delete(left);
                    break;
            }
        }
    }

    private static bool IsRunning(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
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
