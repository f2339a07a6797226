using AlicloudLive.Lifecycle.Tests.Driver;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Grpc.Core;
using Pulumirpc;

namespace AlicloudLive.Reliability.Tests.Secrets;

/// <summary>
/// Looks for secret values in everything the plugin hands out: text (log lines, diagnostics, error messages and
/// reasons) must not contain them at all, and property maps may hold them only inside a secret wrapper.
/// </summary>
public sealed class SecretScan(IReadOnlyList<string> secrets)
{
    public int Texts { get; private set; }

    public int Maps { get; private set; }

    public void Text(string where, string text)
    {
        Texts++;
        foreach (var secret in secrets)
        {
            Assert.That(text, Does.Not.Contain(secret), $"{where} shows a secret");
        }
    }

    public void Map(string where, PropertyMap map)
    {
        Maps++;
        foreach (var plain in PlainStrings(map))
        {
            Text($"{where} (a value outside a secret)", plain);
        }
    }

    public void State(string where, ResourceState state)
    {
        Map($"{where}: inputs", state.Inputs);
        Map($"{where}: outputs", state.Outputs);
    }

    /// <summary>The message, and every detail: an ErrorResourceInitFailed's reasons, properties and inputs.</summary>
    public void Error(string where, RpcException error)
    {
        Text($"{where}: error message", error.Message);
        foreach (var detail in error.Details())
        {
            if (detail.Is(ErrorResourceInitFailed.Descriptor))
            {
                var init = detail.Unpack<ErrorResourceInitFailed>();
                Text($"{where}: ErrorResourceInitFailed reasons", string.Join("\n", init.Reasons));
                Map($"{where}: ErrorResourceInitFailed properties", StructCodec.Decode(init.Properties));
                Map($"{where}: ErrorResourceInitFailed inputs", StructCodec.Decode(init.Inputs));
            }
            else
            {
                Text($"{where}: error detail", detail.ToString());
            }
        }
    }

    /// <summary>The plugin's stderr, line by line, and every diagnostic it sent the engine.</summary>
    public void Diagnostics(PluginSession plugin)
    {
        foreach (var line in plugin.StdErr.Split('\n'))
        {
            Text("plugin stderr", line);
        }

        foreach (var log in plugin.Engine.Logs)
        {
            Text($"engine log ({log.Severity})", log.Message);
        }
    }

    /// <summary>Every string in the map that is not under a secret wrapper.</summary>
    public static IEnumerable<string> PlainStrings(PropertyMap map) => map.Values.SelectMany(PlainStrings);

    private static IEnumerable<string> PlainStrings(PropertyValue value) => value switch
    {
        StringValue s => [s.Value],
        ArrayValue a => a.Items.SelectMany(PlainStrings),
        ObjectValue o => PlainStrings(o.Properties),
        OutputValue { IsSecret: false, Value: { } v } => PlainStrings(v),
        ResourceReferenceValue r => [r.Urn, .. r.Id is { } id ? PlainStrings(id) : []],
        _ => [],
    };
}
