using AlicloudLive.Cloud;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Lookups;

/// <summary>What the lookups answer (through the plugin's Invoke, as the engine calls it) and what the emulator saw.</summary>
internal static class Lookups
{
    /// <summary>The result of a lookup that must succeed (secrets revealed).</summary>
    public static async Task<PropertyMap> ResultAsync(PluginSession plugin, string token, PropertyMap args, bool preview = false)
    {
        var response = await plugin.InvokeAsync(token, args, preview);
        Assert.That(response.Failures.Select(f => $"{f.Property}: {f.Reason}"), Is.Empty);
        return SecretValues.Reveal(StructCodec.Decode(response.Return));
    }

    public static IReadOnlyList<string> Ids(PropertyMap result) =>
        result.GetArray("ids")!.Select(v => ((StringValue)v).Value).ToList();

    public static IReadOnlyList<PropertyMap> Items(PropertyMap result, string name) =>
        result.GetArray(name)!.Select(v => ((ObjectValue)v).Properties).ToList();

    public static async Task<int> CallsToAsync(EmulatorProcess emulator, string action) =>
        (int?)(await emulator.CallsAsync())[action]?["calls"] ?? 0;

    public static AlibabaCloudClient OutOfBand(EmulatorProcess emulator) =>
        new(new AccessKeyCredentials("emulator", "emulator", null), new CloudClientOptions { LiveEndpoint = emulator.BaseUrl, IceEndpoint = emulator.BaseUrl });
}
