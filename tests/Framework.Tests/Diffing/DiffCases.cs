using AlicloudLive.Values;
using FsCheck;
using FsCheck.Fluent;

namespace AlicloudLive.Framework.Tests.Diffing;

/// <summary>One random diff: old and new widget inputs, the recorded status, the clock and the ignored paths.</summary>
public sealed record DiffCase(PropertyMap OldInputs, PropertyMap NewInputs, string Status, DateTimeOffset Now, IReadOnlyList<string> IgnoreChanges)
{
    public override string ToString() =>
        $"old {Show(OldInputs)}\nnew {Show(NewInputs)}\nstatus {Status}, now {Now:O}, ignore [{string.Join(", ", IgnoreChanges)}]";

    private static string Show(PropertyMap map) => PropertyValueJson.ToDisplayString(new ObjectValue(map));
}

/// <summary>
/// Random widget inputs over the real property names (and one stray key), with values of any shape: right or
/// wrong types, nested objects with awkward keys, arrays, nulls, secrets and unknowns. Old and new often share values.
/// </summary>
public static class DiffCaseArbitraries
{
    private static readonly string[] Keys =
        ["name", "kind", "size", "ratio", "source", "tags", "labels", "password", "slot", "startTime", "endTime", "stray"];

    private static readonly string[] FieldKeys = ["url", "port", "x.y", "a b", ""];

    private static readonly Gen<PropertyValue> Leaf = Gen.OneOf(
        Gen.Constant(PropertyValue.Null),
        Gen.Constant<PropertyValue>(new UnknownValue()),
        Gen.Elements(true, false).Select(PropertyValue.From),
        Gen.Choose(0, 3).Select(i => PropertyValue.From(i)),
        Gen.Elements("Small", "Large", "rtmp://h/a/s", "2026-01-01T01:00:00Z", "2026-01-01T03:00:00Z", "").Select(PropertyValue.From));

    private static readonly Gen<PropertyValue> Value = Tree(2);

    public static Arbitrary<DiffCase> Cases() =>
        (from old in Map(Value)
         from edits in Map(Value)
         from removed in Gen.SubListOf(Keys)
         from status in Gen.Elements("NotStarted", "Running", "Stopped")
         from hours in Gen.Choose(0, 4)
         from ignore in Gen.SubListOf(new[] { "size", "kind", "source.url", "labels[\"x.y\"]", "tags[0]" })
         select new DiffCase(
             old,
             removed.Aggregate(edits.Aggregate(old, (m, kv) => m.Set(kv.Key, kv.Value)), (m, k) => m.Remove(k)),
             status,
             new DateTimeOffset(2026, 1, 1, hours, 0, 0, TimeSpan.Zero),
             ignore.ToList())).ToArbitrary();

    private static Gen<PropertyMap> Map(Gen<PropertyValue> values) =>
        Gen.Choose(0, 6).SelectMany(n => Gen.ArrayOf(Gen.Elements(Keys).Zip(values), n))
            .Select(pairs => PropertyMap.Of(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, p.Item2))));

    private static Gen<PropertyValue> Tree(int depth)
    {
        if (depth == 0)
        {
            return Leaf;
        }

        var child = Tree(depth - 1);
        return Gen.Frequency(
            (3, Leaf),
            (1, child.Select(c => (PropertyValue)new SecretValue(c))),
            (2, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(child, n)).Select(items => (PropertyValue)new ArrayValue(items))),
            (2, Gen.Choose(0, 3).SelectMany(n => Gen.ArrayOf(Gen.Elements(FieldKeys).Zip(child), n))
                .Select(pairs => (PropertyValue)new ObjectValue(PropertyMap.Of(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, p.Item2)))))));
    }
}
