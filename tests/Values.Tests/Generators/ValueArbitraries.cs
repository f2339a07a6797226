using FsCheck;
using FsCheck.Fluent;

namespace AlicloudLive.Values.Tests.Generators;

/// <summary>Arbitrary instances for [Property] tests: any value tree, and maps of them.</summary>
public static class ValueArbitraries
{
    public static Arbitrary<PropertyValue> Values() => ValueTrees.Any.ToArbitrary();

    public static Arbitrary<PropertyMap> Maps() => ValueTrees.Map(ValueTrees.Any, ValueTrees.Text).ToArbitrary();
}

/// <summary>Value trees whose secret strings carry <see cref="ValueTrees.SecretMarker"/>.</summary>
public static class MarkedSecretArbitraries
{
    public static Arbitrary<PropertyValue> Values() => ValueTrees.WithMarkedSecrets.ToArbitrary();
}

/// <summary>Plain JSON-like value trees.</summary>
public static class PlainArbitraries
{
    public static Arbitrary<PropertyValue> Values() => ValueTrees.Plain.ToArbitrary();
}

/// <summary>Maps over a few shared keys, so outputs and inputs overlap.</summary>
public static class OverlappingMapArbitraries
{
    public static Arbitrary<PropertyMap> Maps() =>
        ValueTrees.Map(ValueTrees.Any, Gen.Elements("name", "url", "token", "config", "tags")).ToArbitrary();
}
