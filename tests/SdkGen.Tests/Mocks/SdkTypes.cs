using System.Reflection;
using AlicloudLive.SdkGen.Tests.Support;
using Pulumi;
using Pulumi.Testing;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>The built SDK's resource classes by type token, and a Pulumi.Testing run of a stack function.</summary>
public static class SdkTypes
{
    public static readonly Lazy<SchemaFacts> Schema = new(() => SchemaFacts.Load(TestPaths.RepoSchema));

    public static Type ResourceClass(string token) =>
        typeof(AlicloudLive.Sdk.Provider).Assembly.GetTypes()
            .Single(t => t.GetCustomAttribute<ResourceTypeAttribute>(inherit: true)?.Type == token);

    public static Type ArgsClass(Type resource) =>
        resource.Assembly.GetType(resource.FullName + "Args") ?? throw new InvalidOperationException($"no {resource.Name}Args");

    /// <summary>Runs <paramref name="program"/> under Pulumi.Testing (not a preview, so outputs are known).</summary>
    public static async Task<(RecordingMocks Mocks, System.Collections.Immutable.ImmutableArray<Resource> Resources)> RunAsync(Action program, Action<RecordingMocks>? setUp = null)
    {
        var mocks = new RecordingMocks(Schema.Value);
        setUp?.Invoke(mocks);
        var resources = await Pulumi.Deployment.TestAsync(mocks, new TestOptions { IsPreview = false }, program);
        return (mocks, resources);
    }
}
