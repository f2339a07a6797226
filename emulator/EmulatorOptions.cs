namespace AlicloudLive.Emulator;

/// <summary>How to start an emulator: where it listens, which key pair it accepts, and where state lives.</summary>
public sealed record EmulatorOptions
{
    /// <summary>A loopback address and port, e.g. 127.0.0.1:0 (0 = any free port).</summary>
    public string Listen { get; init; } = "127.0.0.1:0";

    public string AccessKeyId { get; init; } = "emulator";

    public string AccessKeySecret { get; init; } = "emulator";

    /// <summary>When set, every request must carry exactly this STS token.</summary>
    public string? SecurityToken { get; init; }

    /// <summary>When set, state is loaded from this file at start and written to it after every change.</summary>
    public string? StateFile { get; init; }

    /// <summary>When set, replaces the built-in seed (templates, clusters, domains, groups).</summary>
    public string? SeedFile { get; init; }

    public bool NoThrottle { get; init; }

    // The secret and token never appear in ToString output.
    public override string ToString() =>
        $"EmulatorOptions {{ Listen = {Listen}, AccessKeyId = {AccessKeyId}, StateFile = {StateFile}, SeedFile = {SeedFile}, NoThrottle = {NoThrottle} }}";
}
