using System.Collections.Immutable;
using AlicloudLive.Values;
using FsCheck;
using FsCheck.Fluent;

namespace AlicloudLive.Reliability.Tests.Hostile;

/// <summary>
/// FsCheck generators of hostile inputs shaped like a resource's schema: mostly plausible values, mixed with wrong
/// types, nested garbage, huge and odd unicode strings, unknowns, references, nulls, invented property names and
/// secrets. Every string under a secret starts with <see cref="SecretMarker"/>, which nothing else contains.
/// </summary>
public static class HostileInputs
{
    public const string SecretMarker = "S3CRET-";

    private static readonly string[] Plausible =
    [
        "rtmp://live.example.com/app/stream", "rtmp://push.example.com/app/out", "https://hooks.example.com/cb?token=t", "http://x",
        "ftp://files.example.com/a", "rtmp:///nohost", "live.example.com/app/s", "cn-shanghai", "us-east-1", "ice-tpl-hd", "edge-cluster-1",
        "edge-tpl-720p", "vod-group-default", "live.example.com", "app", "s1", "raw", "raw,transcode", "m3u8", "flv", "live", "vod", "url",
        "rtmp", "Immediate", "Timed", "LiveCenter", "2030-01-01T00:00:00Z", "2000-01-01T00:00:00Z", "2026-02-30T25:61:61Z", "tomorrow",
        "", " ", "a/b", "..", "-1", "1e9", "true", "null",
    ];

    private static readonly string[] Odd =
    [
        "直播_转码", "ライブ", "\u202Eevil", "e\u0301", "\U0001F3A5\U0001F600", "\0", "\t\r\n", "%00%ff", "<script>", "{\"json\": 1}",
        "\\", "\"", "'", "\uFEFF", "\u00A0", "名前-1_x",
    ];

    private static readonly string[] JunkKeys = ["", "colour", "a.b", "x[0]", "[\"q\"]", "名前", "\0", "__defaults", "name ", "NAME", new string('k', 1000)];

    private static readonly double[] Numbers =
    [
        0, -0.0, 1, -1, 0.5, 5, 60, 300, 3600, 21600, 21601, 2147483647, 2147483648, -2147483649, 1e15, 1e308, -1e308, double.Epsilon,
        double.NaN, double.PositiveInfinity, double.NegativeInfinity,
    ];

    /// <summary>A Check request's news (and olds) for a resource with these inputs.</summary>
    public static Gen<PropertyMap> Map(InputShape.Object shape) => ObjectOf(shape, 2).Select(o => ((ObjectValue)o).Properties);

    private static Gen<string> Word { get; } = Gen.Frequency(
        (8, Gen.Elements(Plausible)),
        (3, Gen.Elements(Odd).ArrayOf().Select(string.Concat)),
        (1, Gen.Elements("a", "中", "\U0001F600", "/").Zip(Gen.Choose(10_000, 200_000), (s, n) => string.Concat(Enumerable.Repeat(s, n)))));

    private static Gen<PropertyValue> Value(InputShape shape, int depth) => Gen.Frequency(
        (6, WellTyped(shape, depth)),
        (1, Garbage(depth)),
        (1, Special),
        (1, WellTyped(shape, depth).Select(Secret)),
        (1, Gen.Constant(PropertyValue.Null)));

    private static Gen<PropertyValue> WellTyped(InputShape shape, int depth) => shape switch
    {
        InputShape.Text { Enum.Count: > 0 } t => Gen.Frequency((3, Gen.Elements(t.Enum.ToArray())), (1, Word)).Select(PropertyValue.From),
        InputShape.Text => Word.Select(PropertyValue.From),
        InputShape.Integer => Gen.OneOf(Gen.Elements(Numbers), Gen.Choose(-10, 40_000).Select(i => (double)i)).Select(PropertyValue.From),
        InputShape.Boolean => Gen.Elements(true, false).Select(PropertyValue.From),
        InputShape.List l => Gen.Choose(0, 4).SelectMany(n => Value(l.Items, depth).ArrayOf(n)).Select(items => (PropertyValue)new ArrayValue(items)),
        InputShape.Object o => ObjectOf(o, depth),
        _ => Garbage(depth),
    };

    /// <summary>Some of the declared properties (each with a hostile value) and a few invented ones.</summary>
    private static Gen<PropertyValue> ObjectOf(InputShape.Object shape, int depth)
    {
        var declared = shape.Properties.Select(p =>
            Gen.Frequency((3, Value(p.Value, depth - 1).Select(v => (KeyValuePair<string, PropertyValue>?)KeyValuePair.Create(p.Key, v))), (1, Gen.Constant((KeyValuePair<string, PropertyValue>?)null))));
        var invented = Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
            .SelectMany(n => Gen.Elements(JunkKeys).Zip(Garbage(depth - 1)).ArrayOf(n));
        return Gen.CollectToArray(declared).Zip(invented, (d, i) => (PropertyValue)new ObjectValue(PropertyMap.Of(
            d.OfType<KeyValuePair<string, PropertyValue>>().Concat(i.Select(p => KeyValuePair.Create(p.Item1, p.Item2))).DistinctBy(p => p.Key))));
    }

    /// <summary>JSON-like values of any kind, nested up to <paramref name="depth"/>.</summary>
    private static Gen<PropertyValue> Garbage(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Constant(PropertyValue.Null),
            Gen.Elements(true, false).Select(PropertyValue.From),
            Gen.Elements(Numbers).Select(PropertyValue.From),
            Word.Select(PropertyValue.From));
        return depth <= 0
            ? leaf
            : Gen.OneOf(
                leaf,
                Gen.Choose(0, 3).SelectMany(n => Garbage(depth - 1).ArrayOf(n)).Select(items => (PropertyValue)new ArrayValue(items)),
                Gen.Choose(0, 3).SelectMany(n => Gen.Elements(JunkKeys.Where(k => k.Length > 0).ToArray()).Zip(Garbage(depth - 1)).ArrayOf(n))
                    .Select(pairs => (PropertyValue)new ObjectValue(PropertyMap.Of(pairs.DistinctBy(p => p.Item1).Select(p => KeyValuePair.Create(p.Item1, p.Item2))))));
    }

    /// <summary>What the engine sends for values it does not know yet, references to other resources, and output values.</summary>
    private static Gen<PropertyValue> Special { get; } = Gen.OneOf(
        Gen.Elements(Enum.GetValues<UnknownKind>()).Select(k => (PropertyValue)new UnknownValue(k)),
        Gen.Constant((PropertyValue)new ResourceReferenceValue("urn:pulumi:s::p::alicloud-live:live:EdgeTranscodeJob::other", PropertyValue.From("edge-cluster-1/j"), "0.1.0")),
        Gen.Elements(true, false).Select(s => (PropertyValue)new OutputValue(null, s, ImmutableArray.Create("urn:pulumi:s::p::t::dep"))),
        Word.Select(w => (PropertyValue)new OutputValue(PropertyValue.From(SecretMarker + w), true, [])));

    /// <summary>Wraps a value in a secret, marking every string inside it.</summary>
    private static PropertyValue Secret(PropertyValue value) => new SecretValue(Marked(value));

    private static PropertyValue Marked(PropertyValue value) => value switch
    {
        StringValue s => PropertyValue.From(SecretMarker + s.Value),
        ArrayValue a => new ArrayValue(a.Items.Select(Marked)),
        ObjectValue o => new ObjectValue(PropertyMap.Of(o.Properties.Select(kv => KeyValuePair.Create(kv.Key, Marked(kv.Value))))),
        _ => value,
    };
}
