using AlicloudLive.Cloud;
using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Lookups;

/// <summary>Calls the plugin's Invoke as the engine does, and reads what the emulator answered.</summary>
internal static class Lookups
{
    public static Task<InvokeResponse> InvokeAsync(PluginSession plugin, string token, PropertyMap args, bool preview = false) =>
        plugin.CallAsync("Invoke", new InvokeRequest { Tok = token, Args = StructCodec.Encode(args), Preview = preview }, InvokeResponse.Parser);

    /// <summary>The result of a lookup that must succeed (secrets revealed).</summary>
    public static async Task<PropertyMap> ResultAsync(PluginSession plugin, string token, PropertyMap args, bool preview = false)
    {
        var response = await InvokeAsync(plugin, token, args, preview);
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
