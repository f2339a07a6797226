// COMPILE-ONLY DESCRIPTION of the public Pulumi .NET API (NuGet package "Pulumi" 3.x) that generated SDK code uses.
// The real package cannot be restored here, so SdkGen.Tests compiles generated code against this stub instead.
// Signatures follow pulumi/pulumi-dotnet (sdk/Pulumi); every body throws. Never ship or run this code.

using System;

namespace Pulumi
{
    [AttributeUsage(AttributeTargets.Property)]
    public sealed class OutputAttribute : Attribute
    {
        public OutputAttribute(string? name = null) => throw null!;

        public string? Name => throw null!;
    }

    [AttributeUsage(AttributeTargets.Field | AttributeTargets.Property)]
    public sealed class InputAttribute : Attribute
    {
        public InputAttribute(string name, bool required = false, bool json = false) => throw null!;
    }

    [AttributeUsage(AttributeTargets.Class)]
    public sealed class OutputTypeAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Constructor)]
    public sealed class OutputConstructorAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Struct)]
    public sealed class EnumTypeAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Class)]
    public class ResourceTypeAttribute : Attribute
    {
        public ResourceTypeAttribute(string type, string? version) => throw null!;

        public string Type => throw null!;

        public string? Version => throw null!;
    }
}

// Generated files import this namespace. Of its public types only this one is described, without its base type
// (System.Text.Json.Serialization.JsonSerializerContext), because generated code never uses it.
namespace Pulumi.Serialization
{
    public partial class PulumiJsonSerializerContext
    {
    }
}
