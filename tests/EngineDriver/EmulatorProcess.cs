using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Driver;

/// <summary>The built emulator binary and its admin API (emulator/README.md, "Admin API").</summary>
public sealed class EmulatorProcess : IAsyncDisposable
{
    private readonly ServerProcess _process;
    private readonly HttpClient _http;

    private EmulatorProcess(ServerProcess process)
    {
        _process = process;
        BaseUrl = process.FirstLine.Trim();
        _http = new HttpClient { BaseAddress = new Uri(BaseUrl) };
    }

    public string BaseUrl { get; }

    public static async Task<EmulatorProcess> StartAsync(params string[] args) =>
        new(await ServerProcess.StartAsync(RepoPaths.EmulatorBinary, args));

    public async Task<JsonObject> ResourcesAsync() => await GetAsync("/_emulator/resources");

    public async Task<JsonObject> CallsAsync() => await GetAsync("/_emulator/calls");

    /// <summary>The calls per action, as counters to subtract (what a phase of a benchmark cost in cloud calls).</summary>
    public async Task<CallCounts> CallCountsAsync() => new((await CallsAsync()).ToDictionary(
        kv => kv.Key,
        kv => new ActionCalls((int)kv.Value!["calls"]!, (int)kv.Value["throttled"]!, (int)kv.Value["failed"]!),
        StringComparer.Ordinal));

    public Task ResetAsync() => PostAsync("/_emulator/reset", new JsonObject());

    public Task AdvanceClockAsync(TimeSpan by) => PostAsync("/_emulator/clock", new JsonObject { ["advanceSeconds"] = by.TotalSeconds });

    public async Task<DateTimeOffset> NowAsync() => DateTimeOffset.Parse((string)(await ResourcesAsync())["now"]!, System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Arms a fault, e.g. <c>InjectFaultAsync("CreateLivePullToPush", "commitThenDrop")</c>.</summary>
    public Task InjectFaultAsync(string action, string kind, int count = 1, string? code = null, int? httpStatus = null, int? delayMs = null) =>
        PostAsync("/_emulator/faults", new JsonObject
        {
            ["action"] = action,
            ["kind"] = kind,
            ["count"] = count,
            ["code"] = code,
            ["httpStatus"] = httpStatus,
            ["delayMs"] = delayMs,
        });

    public async Task ClearFaultsAsync() => (await _http.DeleteAsync(new Uri("/_emulator/faults", UriKind.Relative))).EnsureSuccessStatusCode();

    /// <summary>Revokes the RAM permission of <paramref name="action"/> ("*": every operation); its calls answer 403 <paramref name="code"/>.</summary>
    public Task DenyAsync(string action, string code = "Forbidden") =>
        PostAsync("/_emulator/permissions", new JsonObject { ["deny"] = action, ["code"] = code });

    /// <summary>Deletes the access key the emulator was started with: every call answers 404 InvalidAccessKeyId.NotFound.</summary>
    public Task DeleteAccessKeyAsync() => PostAsync("/_emulator/access-key", new JsonObject { ["deleted"] = true });

    /// <summary>Grants every revoked permission again and restores a deleted access key.</summary>
    public async Task RestoreAccessAsync() => (await _http.DeleteAsync(new Uri("/_emulator/permissions", UriKind.Relative))).EnsureSuccessStatusCode();

    /// <summary>Posts to any admin path (extensions such as a task's status).</summary>
    public async Task PostAsync(string path, JsonObject body)
    {
        using var response = await _http.PostAsJsonAsync(new Uri(path, UriKind.Relative), body);
        response.EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await _process.DisposeAsync();
    }

    private async Task<JsonObject> GetAsync(string path)
    {
        var text = await _http.GetStringAsync(new Uri(path, UriKind.Relative));
        return JsonNode.Parse(text, documentOptions: new JsonDocumentOptions())!.AsObject();
    }
}
