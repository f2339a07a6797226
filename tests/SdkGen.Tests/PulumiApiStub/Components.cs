// COMPILE-ONLY DESCRIPTION of the public Pulumi .NET API (NuGet package "Pulumi" 3.x) that hand-written components and
// example programs use. The real package cannot be restored here. Signatures follow pulumi/pulumi-dotnet
// (sdk/Pulumi); every body throws. Never ship or run this code.

using System;
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Pulumi
{
    public class ComponentResource : Resource
    {
        public ComponentResource(string type, string name, ComponentResourceOptions? options = null) => throw null!;

        public ComponentResource(string type, string name, ResourceArgs? args, ComponentResourceOptions? options = null, bool remote = false) => throw null!;

        protected void RegisterOutputs() => throw null!;

        protected void RegisterOutputs(IDictionary<string, object?> outputs) => throw null!;

        protected void RegisterOutputs(Task<IDictionary<string, object?>> outputs) => throw null!;

        protected void RegisterOutputs(Output<IDictionary<string, object?>> outputs) => throw null!;
    }

    public sealed class ComponentResourceOptions : ResourceOptions
    {
        public ComponentResourceOptions() => throw null!;

        public List<ProviderResource> Providers { get => throw null!; set => throw null!; }
    }

    public sealed partial class Deployment
    {
        private Deployment() => throw null!;

        public static Task<int> RunAsync(Action action) => throw null!;

        public static Task<int> RunAsync(Func<IDictionary<string, object?>> func) => throw null!;

        public static Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> func) => throw null!;
    }
}
