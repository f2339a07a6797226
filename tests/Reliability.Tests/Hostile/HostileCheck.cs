using AlicloudLive.Values;
using FsCheck;
using FsCheck.Fluent;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>One generated Check request: a resource type, hostile news and olds, a random seed and sometimes autonaming options.</summary>
public sealed record HostileCheck(string Type, InputShape.Object Shape, PropertyMap News, PropertyMap Olds, byte[] Seed, Pulumirpc.CheckRequest.Types.AutonamingOptions? Autonaming)
{
    private const int Shown = 2000;

    public override string ToString()
    {
        var text = $"{Type} news {News} olds {Olds} autonaming {Autonaming}";
        return text.Length <= Shown ? text : text[..Shown] + "…";
    }
}

/// <summary>The FsCheck arbitrary: each case picks one of the schema's resources and generates inputs of its shape.</summary>
public static class HostileCheckArbitrary
{
    public static Arbitrary<HostileCheck> Checks() =>
        Gen.Elements(InputShape.Resources().ToArray())
            .SelectMany(resource => HostileInputs.Map(resource.Value)
                .Zip(Gen.Frequency((1, HostileInputs.Map(resource.Value)), (1, Gen.Constant(PropertyMap.Empty))))
                .Zip(Gen.Choose(0, 255).ArrayOf().Zip(Autonaming()), (maps, rest) =>
                    new HostileCheck(resource.Key, resource.Value, maps.Item1, maps.Item2, rest.Item1.Select(b => (byte)b).ToArray(), rest.Item2)))
            .ToArbitrary();

    private static Gen<Pulumirpc.CheckRequest.Types.AutonamingOptions?> Autonaming() => Gen.Frequency(
        (3, Gen.Constant<Pulumirpc.CheckRequest.Types.AutonamingOptions?>(null)),
        (1, Gen.Elements("proposed", "", "bad name!", "名前", new string('n', 300))
            .Zip(Gen.Elements(Enum.GetValues<Pulumirpc.CheckRequest.Types.AutonamingOptions.Types.Mode>()),
                (name, mode) => (Pulumirpc.CheckRequest.Types.AutonamingOptions?)new Pulumirpc.CheckRequest.Types.AutonamingOptions { ProposedName = name, Mode = mode })));
}
