using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;
using AlicloudLive.Driver.Monitor;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumi.Testing;
using Pulumirpc;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>
/// Pulumi.Testing mocks that hand every registration to the fake engine's ResourceMonitor over gRPC, as the .NET
/// language host would send it: a schema component as remote (the engine calls the plugin's Construct), a provider as
/// a custom resource, each parented to the stack. The engine's answer (URN, outputs, unknowns and secrets) goes back
/// to the SDK. Mock-side provider references are translated to the engine's (the mocks make their own URNs).
/// </summary>
public sealed class EngineMocks(FakeResourceMonitor monitor, SchemaFacts schema) : IMocks, IDisposable
{
    private readonly Rpc.GrpcClient _client = new(monitor.Address);
    private readonly ConcurrentDictionary<string, string> _providersById = new(StringComparer.Ordinal);

    /// <summary>Registers the stack, as a language host does first.</summary>
    public Task RegisterStackAsync() => RegisterAsync(new RegisterResourceRequest
    {
        Type = StackEntry.StackType,
        Name = $"{monitor.Project}-{monitor.Stack}",
        Object = new Struct(),
    });

    public async Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var type = args.Type ?? "";
        var request = new RegisterResourceRequest
        {
            Type = type,
            Name = args.Name ?? "",
            Parent = monitor.StackUrn,
            Custom = !schema.IsComponent(type),
            Remote = schema.IsComponent(type),
            Object = StructCodec.Encode(PropertyValueJson.FromJsonObject(JsonSerializer.SerializeToNode(args.Inputs)!.AsObject())),
            AcceptSecrets = true,
            AcceptResources = true,
            SupportsPartialValues = true,
        };
        if (args.Provider is { Length: > 0 } provider)
        {
            var mockId = provider[(provider.LastIndexOf("::", StringComparison.Ordinal) + 2)..];
            request.Provider = _providersById.TryGetValue(mockId, out var engineReference) ? engineReference : provider;
        }

        var response = await RegisterAsync(request);
        if (type.StartsWith("pulumi:providers:", StringComparison.Ordinal))
        {
            _providersById[response.Id] = $"{response.Urn}::{response.Id}";
        }

        var state = StructCodec.Decode(response.Object);
        return (response.Id.Length == 0 ? null : response.Id, state.ToImmutableDictionary(kv => kv.Key, kv => Plain(kv.Value)!, StringComparer.Ordinal));
    }

    public Task<object> CallAsync(MockCallArgs args) => throw new NotSupportedException($"no function call is expected here ({args.Token})");

    public void Dispose() => _client.Dispose();

    private async Task<RegisterResourceResponse> RegisterAsync(RegisterResourceRequest request) =>
        await new ResourceMonitor.ResourceMonitorClient(_client.Invoker).RegisterResourceAsync(request);

    /// <summary>
    /// A property value in the shapes the mocks' state takes: plain data, an unknown as the engine's sentinel string
    /// and a secret as the engine's secret object, both of which the SDK's deserializer reads back as such.
    /// </summary>
    private static object? Plain(PropertyValue value) => value switch
    {
        Values.StringValue s => s.Value,
        NumberValue n => n.Value,
        Values.BoolValue b => b.Value,
        ArrayValue a => a.Items.Select(Plain).ToImmutableArray(),
        ObjectValue o => o.Properties.ToImmutableDictionary(kv => kv.Key, kv => Plain(kv.Value), StringComparer.Ordinal),
        UnknownValue => "04da6b54-80e4-46f7-96ec-b56ff0331ba9",
        SecretValue s => ImmutableDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, object?>
        {
            ["4dabf18193072939515e22adb298388d"] = "1b47061264138c4ac30d75fd1eb44270",
            ["value"] = Plain(s.Inner),
        }),
        _ => null,
    };
}
