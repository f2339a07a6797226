using System.Text.Json.Nodes;
using AlicloudLive.Driver.Monitor;
using AlicloudLive.Lifecycle.Tests.Examples;
using AlicloudLive.Rpc;
using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;

namespace AlicloudLive.Lifecycle.Tests.Components;

/// <summary>
/// Runs a Pulumi YAML program against a ResourceMonitor as pulumi-language-yaml does: the stack first, then each
/// resource in dependency order, parented to the stack, a type the package's schema (GetSchema from the plugin) marks
/// isComponent registered remotely, others as custom resources, with the URNs each property refers to as its
/// dependencies; then the stack's outputs.
/// </summary>
internal sealed class YamlLanguageHost(YamlProgram program, JsonObject schema, IReadOnlyDictionary<string, string> config)
{
    public async Task RunAsync(FakeResourceMonitor monitor)
    {
        using var client = new GrpcClient(monitor.Address);
        var resourceMonitor = new ResourceMonitor.ResourceMonitorClient(client.Invoker);
        var stack = await resourceMonitor.RegisterResourceAsync(new RegisterResourceRequest
        {
            Type = StackEntry.StackType,
            Name = $"{monitor.Project}-{monitor.Stack}",
            Object = new Struct(),
        });

        var registered = new Dictionary<string, RegisterResourceResponse>(StringComparer.Ordinal);
        var pending = program.Resources.ToList();
        while (pending.Count > 0)
        {
            var ready = pending.First(r => YamlProgram.Dependencies(r.Properties).All(registered.ContainsKey));
            pending.Remove(ready);
            var component = (bool?)schema["resources"]?[ready.Type]?["isComponent"] == true;
            var request = new RegisterResourceRequest
            {
                Type = ready.Type,
                Name = ready.Name,
                Parent = stack.Urn,
                Custom = !component,
                Remote = component,
                Object = StructCodec.Encode(ready.Properties is null ? PropertyMap.Empty : ((ObjectValue)Value(ready.Properties, registered)).Properties),
                AcceptSecrets = true,
                AcceptResources = true,
                SupportsPartialValues = true,
            };
            foreach (var dependency in YamlProgram.Dependencies(ready.Properties).Distinct())
            {
                request.Dependencies.Add(registered[dependency].Urn);
            }

            registered[ready.Name] = await resourceMonitor.RegisterResourceAsync(request);
        }

        var outputs = PropertyMap.Of(program.Outputs.Select(o => KeyValuePair.Create(o.Name, Value(o.Value, registered))));
        await resourceMonitor.RegisterResourceOutputsAsync(new RegisterResourceOutputsRequest { Urn = stack.Urn, Outputs = StructCodec.Encode(outputs) });
    }

    private PropertyValue Value(YamlDotNet.RepresentationModel.YamlNode node, Dictionary<string, RegisterResourceResponse> registered) =>
        YamlProgram.ToValue(node, (key, output) => output is null
            ? program.Config.TryGetValue(key, out var d) && d is not null ? PropertyValue.From(config.GetValueOrDefault(key, d)) : PropertyValue.From(config[key])
            : StructCodec.Decode(registered[key].Object).GetOrNull(output) ?? new UnknownValue());
}
