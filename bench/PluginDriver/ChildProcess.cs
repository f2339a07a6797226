using System.Diagnostics;

namespace AlicloudLive.PluginDriver;

/// <summary>
/// A server binary (the plugin or the emulator) whose first stdout line says where it listens. Starting one measures
/// the time from launch to that line; disposing it sends SIGTERM and waits (then kills).
/// </summary>
internal sealed class ChildProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ChildProcess(Process process, string firstLine, TimeSpan startup)
    {
        _process = process;
        FirstLine = firstLine;
        Startup = startup;
    }

    public string FirstLine { get; }

    /// <summary>From Process.Start to the first stdout line read.</summary>
    public TimeSpan Startup { get; }

    public int Id => _process.Id;

    public static async Task<ChildProcess> StartAsync(string fileName, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        var info = new ProcessStartInfo(fileName) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in env ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        var clock = Stopwatch.StartNew();
        var process = Process.Start(info) ?? throw new InvalidOperationException($"{fileName} did not start");
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(timeout.Token)
            ?? throw new InvalidOperationException($"{fileName} exited before printing: {await process.StandardError.ReadToEndAsync()}");
        var startup = clock.Elapsed;
        Drain(process.StandardOutput);
        Drain(process.StandardError);
        return new ChildProcess(process, line.Trim(), startup);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            try
            {
                await _process.WaitForExitAsync(grace.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
            }
        }

        _process.Dispose();
    }

    /// <summary>Reads a stream to its end so a chatty child never blocks on a full pipe.</summary>
    private static void Drain(StreamReader reader) => _ = Task.Run(async () =>
    {
        while (await reader.ReadLineAsync() is not null)
        {
        }
    });
}
