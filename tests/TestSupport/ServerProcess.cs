using System.Diagnostics;
using System.Text;

namespace AlicloudLive.TestSupport;

/// <summary>
/// A long-running child (the plugin or the emulator) whose first stdout line announces where it listens.
/// Disposing it sends SIGTERM, then kills it if it does not exit.
/// </summary>
public sealed class ServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _stdout = new();
    private readonly StringBuilder _stderr = new();
    private Task _pumps = Task.CompletedTask;

    private ServerProcess(Process process, string firstLine, TimeSpan startup)
    {
        _process = process;
        FirstLine = firstLine;
        Startup = startup;
    }

    /// <summary>The first stdout line: a port for the plugin, a base URL for the emulator.</summary>
    public string FirstLine { get; }

    /// <summary>From the launch to the first stdout line read: what the engine waits for (the benchmark's startup figure).</summary>
    public TimeSpan Startup { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    public string StdErr
    {
        get
        {
            lock (_stderr)
            {
                return _stderr.ToString();
            }
        }
    }

    public string StdOutAfterFirstLine
    {
        get
        {
            lock (_stdout)
            {
                return _stdout.ToString();
            }
        }
    }

    public static async Task<ServerProcess> StartAsync(
        string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null, TimeSpan? startTimeout = null)
    {
        var process = new Process { StartInfo = ProcessRun.StartInfo(RepoPaths.RequireBuilt(fileName), args, env, null) };
        var clock = Stopwatch.StartNew();
        process.Start();
        using var cts = new CancellationTokenSource(startTimeout ?? TimeSpan.FromSeconds(30));
        string? line;
        try
        {
            line = await process.StandardOutput.ReadLineAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{fileName} printed no first line in time: {await process.StandardError.ReadToEndAsync()}");
        }

        if (line is null)
        {
            await process.WaitForExitAsync();
            throw new InvalidOperationException($"{fileName} exited {process.ExitCode} before printing: {await process.StandardError.ReadToEndAsync()}");
        }

        var server = new ServerProcess(process, line, clock.Elapsed);
        server._pumps = Task.WhenAll(Pump(process.StandardOutput, server._stdout), Pump(process.StandardError, server._stderr));
        return server;
    }

    /// <summary>Sends a POSIX signal (e.g. 2 = SIGINT, 15 = SIGTERM) and waits for exit.</summary>
    public async Task<bool> SignalAndWaitAsync(int signal, TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", new[] { "-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture) }))
        {
            await kill.WaitForExitAsync();
        }

        return await WaitForExitAsync(timeout);
    }

    /// <summary>True once the process has exited, false if it still runs after <paramref name="timeout"/>.</summary>
    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cts.Token);
            // The pumps read what the process wrote last (its stderr's final line) after the exit is seen.
            await _pumps.WaitAsync(cts.Token);
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited && !await SignalAndWaitAsync(15, TimeSpan.FromSeconds(5)))
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }

    private static Task Pump(StreamReader reader, StringBuilder sink) => Task.Run(async () =>
    {
        while (await reader.ReadLineAsync() is { } l)
        {
            lock (sink)
            {
                sink.AppendLine(l);
            }
        }
    });
}
