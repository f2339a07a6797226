using System.Globalization;
using System.Text.RegularExpressions;
using AlicloudLive.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AlicloudLive.Lifecycle.Tests.Examples;

/// <summary>
/// The parts of a Pulumi YAML program the example tests run: config (with defaults), resources with literal
/// properties, and whole-string interpolations of config values (<c>${key}</c>) and resource outputs
/// (<c>${resource.output}</c>).
/// </summary>
public sealed partial class YamlProgram
{
    private YamlProgram(string directory, YamlMappingNode root)
    {
        Directory = directory;
        Root = root;
    }

    public string Directory { get; }

    public string Name => Scalar(Root, "name") ?? Path.GetFileName(Directory);

    public string? Runtime => Scalar(Root, "runtime");

    private YamlMappingNode Root { get; }

    public static YamlProgram Load(string directory)
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(directory, "Pulumi.yaml"));
        yaml.Load(reader);
        return new YamlProgram(directory, (YamlMappingNode)yaml.Documents[0].RootNode);
    }

    /// <summary>Config keys with their defaults (null when the stack must set them).</summary>
    public IReadOnlyDictionary<string, string?> Config =>
        Mapping(Root, "config")?.Children.ToDictionary(kv => ((YamlScalarNode)kv.Key).Value!, kv => kv.Value is YamlMappingNode m ? Scalar(m, "default") : null)
        ?? new Dictionary<string, string?>();

    public string? ProviderPath =>
        Mapping(Root, "plugins")?.Children.TryGetValue(new YamlScalarNode("providers"), out var p) == true && p is YamlSequenceNode s
            ? s.Children.OfType<YamlMappingNode>().Select(m => Scalar(m, "path")).FirstOrDefault()
            : null;

    /// <summary>Resources by logical name: type token and raw properties node.</summary>
    public IReadOnlyList<(string Name, string Type, YamlNode? Properties)> Resources =>
        (Mapping(Root, "resources")?.Children.AsEnumerable() ?? [])
            .Select(kv => (((YamlScalarNode)kv.Key).Value!, Scalar((YamlMappingNode)kv.Value, "type")!, Child((YamlMappingNode)kv.Value, "properties")))
            .ToList();

    /// <summary>The stack outputs: name and raw value node.</summary>
    public IReadOnlyList<(string Name, YamlNode Value)> Outputs =>
        (Mapping(Root, "outputs")?.Children.AsEnumerable() ?? []).Select(kv => (((YamlScalarNode)kv.Key).Value!, kv.Value)).ToList();

    /// <summary>The resource names a properties node refers to through <c>${name.output}</c>.</summary>
    public static IEnumerable<string> Dependencies(YamlNode? node) => node switch
    {
        YamlScalarNode s when Interpolation().Match(s.Value ?? "") is { Success: true } m && m.Groups[2].Success => [m.Groups[1].Value],
        YamlMappingNode m => m.Children.Values.SelectMany(Dependencies),
        YamlSequenceNode q => q.Children.SelectMany(Dependencies),
        _ => [],
    };

    /// <summary>Converts a properties node to inputs, resolving interpolations.</summary>
    public static PropertyValue ToValue(YamlNode node, Func<string, string?, PropertyValue> resolve) => node switch
    {
        YamlMappingNode m => new ObjectValue(PropertyMap.Of(m.Children.Select(kv => KeyValuePair.Create(((YamlScalarNode)kv.Key).Value!, ToValue(kv.Value, resolve))))),
        YamlSequenceNode q => new ArrayValue(q.Children.Select(c => ToValue(c, resolve))),
        YamlScalarNode s when Interpolation().Match(s.Value ?? "") is { Success: true } m => resolve(m.Groups[1].Value, m.Groups[2].Success ? m.Groups[2].Value : null),
        YamlScalarNode { Style: ScalarStyle.Plain } s => Plain(s.Value ?? string.Empty),
        YamlScalarNode s => PropertyValue.From(s.Value ?? string.Empty),
        _ => throw new NotSupportedException($"unsupported YAML node {node.NodeType}"),
    };

    private static PropertyValue Plain(string text) => text switch
    {
        "true" => PropertyValue.From(true),
        "false" => PropertyValue.From(false),
        "null" or "~" or "" => PropertyValue.Null,
        _ when double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => PropertyValue.From(d),
        _ => PropertyValue.From(text),
    };

    private static YamlMappingNode? Mapping(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v as YamlMappingNode : null;

    private static YamlNode? Child(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;

    private static string? Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(new YamlScalarNode(key), out var v) ? (v as YamlScalarNode)?.Value : null;

    [GeneratedRegex(@"^\$\{([A-Za-z0-9_-]+)(?:\.([A-Za-z0-9_.\[\]]+))?\}$")]
    private static partial Regex Interpolation();
}
