using System.Collections.Immutable;
using FsCheck;
using FsCheck.Fluent;

namespace AlicloudLive.Values.Tests.Generators;

/// <summary>FsCheck generators of depth-bounded property-value trees covering every kind in the model.</summary>
internal static class ValueTrees
{
    public const int MaxDepth = 4;

    /// <summary>Marks every string generated under a secret, so a test can spot a leak; ordinary text never has it.</summary>
    public const string SecretMarker = "\u26b7SECRET";

    private static readonly string[] Fragments =
    [
        "", "a", "Z", "id", "0", "42", " ", ".", "-", "_", "\"", "\\", "/", "[", "]", "{", "}", ":", "\n", "\t", "\0",
        "é", "ß", "Ω", "中", "文", "ライブ", "\U0001F3A5", "\U0001F600", "rtmp://live.example.com/app",
    ];

    private static readonly double[] SpecialNumbers =
    [
        0.0, -0.0, 1e300, -1e300, double.MaxValue, double.MinValue, double.Epsilon, 9007199254740993.0, 0.1, -2.5e-10,
    ];

    /// <summary>Short, possibly unicode, never the special-object key and never an unknown sentinel.</summary>
    public static Gen<string> Text { get; } =
        Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(Gen.Elements(Fragments), n)).Select(string.Concat);

    public static Gen<string> SecretText { get; } = Text.Select(t => SecretMarker + t);

    /// <summary>Finite numbers: negative, fractional, large and tiny.</summary>
    public static Gen<double> Number { get; } = Gen.OneOf(
        Gen.Choose(-1_000_000, 1_000_000).Select(i => (double)i),
        Gen.Choose(-100_000, 100_000).Zip(Gen.Choose(1, 1000), (a, b) => (double)a / b),
        Gen.Elements(SpecialNumbers));

    public static Gen<UnknownKind> AnyUnknownKind { get; } = Gen.Elements(Enum.GetValues<UnknownKind>());

    /// <summary>Any value tree, secrets and special kinds included.</summary>
    public static Gen<PropertyValue> Any { get; } = Gen.Choose(0, MaxDepth).SelectMany(d => Tree(d, Text, Text));

    /// <summary>Like <see cref="Any"/>, but every string under a secret starts with <see cref="SecretMarker"/>.</summary>
    public static Gen<PropertyValue> WithMarkedSecrets { get; } = Gen.Choose(0, MaxDepth).SelectMany(d => Tree(d, Text, SecretText));

    /// <summary>Only JSON-like data: null, bool, number, string, array, object.</summary>
    public static Gen<PropertyValue> Plain { get; } = Gen.Choose(0, MaxDepth).SelectMany(PlainTree);

    public static Gen<PropertyMap> Map(Gen<PropertyValue> values, Gen<string> keys) =>
        Gen.Choose(0, 5).SelectMany(n => Gen.ArrayOf(keys.Zip(values), n))
            .Select(pairs => PropertyMap.Of(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, p.Item2))));

    private static Gen<PropertyValue> PlainTree(int depth)
    {
        var leaves = Gen.OneOf(
            Gen.Constant(PropertyValue.Null),
            Gen.Elements(true, false).Select(PropertyValue.From),
            Number.Select(PropertyValue.From),
            Text.Select(PropertyValue.From));
        if (depth == 0)
        {
            return leaves;
        }

        var child = PlainTree(depth - 1);
        return Gen.OneOf(
            leaves,
            Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(child, n)).Select(items => (PropertyValue)new ArrayValue(items)),
            Map(child, Text).Select(m => (PropertyValue)new ObjectValue(m)));
    }

    private static Gen<PropertyValue> Tree(int depth, Gen<string> text, Gen<string> secretText)
    {
        var leaves = Gen.OneOf(
            Gen.Constant(PropertyValue.Null),
            Gen.Elements(true, false).Select(PropertyValue.From),
            Number.Select(PropertyValue.From),
            Gen.Elements(double.NaN, double.PositiveInfinity, double.NegativeInfinity).Select(PropertyValue.From),
            text.Select(PropertyValue.From),
            AnyUnknownKind.Select(k => (PropertyValue)new UnknownValue(k)),
            ResourceReference(text),
            Opaque(text));
        if (depth == 0)
        {
            return leaves;
        }

        var child = Tree(depth - 1, text, secretText);
        var secretChild = Tree(depth - 1, secretText, secretText);
        return Gen.Frequency(
            (3, leaves),
            (2, Gen.Choose(0, 4).SelectMany(n => Gen.ArrayOf(child, n)).Select(items => (PropertyValue)new ArrayValue(items))),
            (2, Map(child, text).Select(m => (PropertyValue)new ObjectValue(m))),
            (2, secretChild.Select(inner => (PropertyValue)new SecretValue(inner))),
            (2, Output(child, secretChild, text)));
    }

    private static Gen<PropertyValue> ResourceReference(Gen<string> text)
    {
        var id = Gen.OneOf(
            Gen.Constant<PropertyValue?>(null),
            Gen.Constant<PropertyValue?>(new StringValue("")),
            text.Select(t => (PropertyValue?)new StringValue("id-" + t)),
            AnyUnknownKind.Select(k => (PropertyValue?)new UnknownValue(k)));
        return from urn in text
               from refId in id
               from version in Gen.Elements("", "1.2.3", "0.1.0-alpha.1")
               select (PropertyValue)new ResourceReferenceValue("urn:pulumi:dev::proj::pkg:mod:Type::" + urn, refId, version);
    }

    private static Gen<PropertyValue> Opaque(Gen<string> text) =>
        from isArchive in Gen.Elements(true, false)
        from hash in text
        from content in text
        select (PropertyValue)new OpaqueSpecialValue(
            isArchive ? SpecialSignatures.Archive : SpecialSignatures.Asset,
            PropertyMap.Of(("hash", PropertyValue.From(hash)), (isArchive ? "path" : "text", PropertyValue.From(content))));

    private static Gen<PropertyValue> Output(Gen<PropertyValue> child, Gen<PropertyValue> secretChild, Gen<string> text) =>
        from secret in Gen.Elements(true, false)
        from known in Gen.Elements(true, false)
        from value in secret ? secretChild : child
        from depCount in Gen.Choose(0, 3)
        from deps in Gen.ArrayOf(text.Select(t => "urn:pulumi:dev::proj::pkg:mod:Dep::" + t), depCount)
        select (PropertyValue)new OutputValue(known ? value : null, secret, deps.ToImmutableArray());
}
