using System.Diagnostics;

namespace AlicloudLive.TestSupport;

/// <summary>The result of a finished child process.</summary>
public sealed record ProcessResult(int ExitCode, string StdOut, string StdErr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{StdOut}\n--- stderr\n{StdErr}";
}

/// <summary>Runs a child process to completion with a hard time limit.</summary>
public static class ProcessRun
{
    public static async Task<ProcessResult> RunAsync(
        string fileName,
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? env = null,
        string? workingDirectory = null,
        TimeSpan? timeout = null,
        string? stdin = null)
    {
        using var process = new Process { StartInfo = StartInfo(fileName, args, env, workingDirectory) };
        process.StartInfo.RedirectStandardInput = stdin is not null;
        process.Start();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }

        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} {string.Join(' ', args)} did not finish in time\n{await stderr}");
        }

        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Runs a node script from tests/Interop (where node_modules lives).</summary>
    public static Task<ProcessResult> NodeAsync(
        string script,
        IEnumerable<string> args,
        IReadOnlyDictionary<string, string>? env = null,
        TimeSpan? timeout = null,
        string? stdin = null)
    {
        if (!Directory.Exists(Path.Combine(RepoPaths.InteropDir, "node_modules")))
        {
            throw new DirectoryNotFoundException("tests/Interop/node_modules is missing: run `npm ci` in tests/Interop (make test does).");
        }

        return RunAsync("node", new[] { Path.Combine(RepoPaths.InteropDir, script) }.Concat(args), env, RepoPaths.InteropDir, timeout, stdin);
    }

    internal static ProcessStartInfo StartInfo(
        string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env, string? workingDirectory)
    {
        var info = new ProcessStartInfo(fileName)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? RepoPaths.Root,
        };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? new Dictionary<string, string>())
        {
            info.Environment[k] = v;
        }

        return info;
    }
}
