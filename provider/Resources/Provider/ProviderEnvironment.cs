namespace AlicloudLive.Resources.Provider;

/// <summary>What the provider reads from its process: environment variables, the home folder, the clock (tests inject their own).</summary>
public sealed record ProviderEnvironment(
    IReadOnlyDictionary<string, string> Variables,
    string HomeDirectory,
    TimeProvider Time,
    HttpMessageHandler? HttpHandler = null)
{
    /// <summary>Where the client's attempts are reported (debug output); none unless the plugin host sets it.</summary>
    public CloudDebugOutput Debug { get; init; } = CloudDebugOutput.None;

    public static ProviderEnvironment FromProcess() => new(
        Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
            .ToDictionary(e => (string)e.Key, e => (string?)e.Value ?? string.Empty, StringComparer.Ordinal),
        Environment.GetFolderPath(Environment.SpecialFolder.UserProfile),
        TimeProvider.System);

    public string? Get(string name) => Variables.TryGetValue(name, out var v) && v.Length > 0 ? v : null;
}
