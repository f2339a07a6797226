using AlicloudLive.Values;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Framework.Tests.Hosting;

/// <summary>Reads of raw Structs as the engine receives them.</summary>
internal static class Wire
{
    public static readonly string UnknownSentinel = UnknownSentinels.For(UnknownKind.Generic);

    /// <summary>True when the field is the engine's secret object: {sig: secret, value: …}.</summary>
    public static bool IsSecretObject(Struct properties, string field) =>
        properties.Fields.TryGetValue(field, out var value)
        && value.StructValue is { } s
        && s.Fields.TryGetValue(SpecialSignatures.Key, out var sig)
        && sig.StringValue == SpecialSignatures.Secret;

    public static bool IsUnknown(Struct properties, string field) =>
        properties.Fields.TryGetValue(field, out var value) && value.StringValue == UnknownSentinel;
}
