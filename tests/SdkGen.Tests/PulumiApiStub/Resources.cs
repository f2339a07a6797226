// COMPILE-ONLY DESCRIPTION of the public Pulumi .NET API (NuGet package "Pulumi" 3.x) that generated SDK code uses.
// The real package cannot be restored here, so SdkGen.Tests compiles generated code against this stub instead.
// Signatures follow pulumi/pulumi-dotnet (sdk/Pulumi); every body throws. Never ship or run this code.

using System.Collections.Generic;

namespace Pulumi
{
    public abstract class InputArgs
    {
        private protected InputArgs() => throw null!;
    }

    public abstract class ResourceArgs : InputArgs
    {
        public static readonly ResourceArgs Empty = null!;

        protected ResourceArgs() => throw null!;
    }

    public class Resource
    {
        private protected Resource() => throw null!;

        [Output("urn")]
        public Output<string> Urn { get; private set; } = null!;

        public string GetResourceType() => throw null!;

        public string GetResourceName() => throw null!;
    }

    public class CustomResource : Resource
    {
        public CustomResource(string type, string name, ResourceArgs? args, CustomResourceOptions? options = null) => throw null!;

        [Output("id")]
        public Output<string> Id { get; private set; } = null!;
    }

    public class ProviderResource : CustomResource
    {
        public ProviderResource(string package, string name, ResourceArgs args, CustomResourceOptions? options = null)
            : base(null!, null!, null) => throw null!;
    }

    public class ResourceOptions
    {
        private protected ResourceOptions() => throw null!;

        public Input<string>? Id { get; set; }

        public Resource? Parent { get; set; }

        public InputList<Resource> DependsOn { get => throw null!; set => throw null!; }

        public bool? Protect { get; set; }

        public List<string> IgnoreChanges { get => throw null!; set => throw null!; }

        public string? Version { get; set; }

        public ProviderResource? Provider { get; set; }

        public List<string> ReplaceOnChanges { get => throw null!; set => throw null!; }

        public bool? RetainOnDelete { get; set; }

        public string? PluginDownloadURL { get; set; }
    }

    public sealed class CustomResourceOptions : ResourceOptions
    {
        public CustomResourceOptions() => throw null!;

        public bool? DeleteBeforeReplace { get; set; }

        public List<string> AdditionalSecretOutputs { get => throw null!; set => throw null!; }

        public string? ImportId { get; set; }

        public static CustomResourceOptions Merge(CustomResourceOptions? options1, CustomResourceOptions? options2) => throw null!;
    }

    public class InvokeOptions
    {
        public Resource? Parent { get; set; }

        public ProviderResource? Provider { get; set; }

        public string? Version { get; set; }

        public string? PluginDownloadURL { get; set; }
    }

    public class InvokeOutputOptions : InvokeOptions
    {
        public InputList<Resource> DependsOn { get => throw null!; set => throw null!; }
    }

    public sealed partial class Config
    {
        public Config(string? name = null) => throw null!;

        public string? Get(string key) => throw null!;

        public Output<string>? GetSecret(string key) => throw null!;

        public bool? GetBoolean(string key) => throw null!;

        public int? GetInt32(string key) => throw null!;

        public double? GetDouble(string key) => throw null!;

        public T? GetObject<T>(string key) => throw null!;

        public string Require(string key) => throw null!;
    }
}
