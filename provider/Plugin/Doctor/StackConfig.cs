using YamlDotNet.RepresentationModel;

namespace AlicloudLive.Plugin;

/// <summary>
/// The alicloud-live:* keys of a Pulumi.&lt;stack&gt;.yaml: plain values, and the names of secure ones (encrypted with
/// the stack's secrets provider, so doctor cannot read them).
/// </summary>
internal sealed record StackConfig(string FileName, IReadOnlyDictionary<string, string> Values, IReadOnlyList<string> SecureKeys)
{
    private const string Prefix = "alicloud-live:";

    /// <summary>Pulumi.&lt;name&gt;.yaml for --stack (org/project/name uses its last part), else the folder's only stack file, else none.</summary>
    public static string? Locate(string? stack, string folder, out string? error)
    {
        error = null;
        if (stack is not null)
        {
            var path = Path.Combine(folder, $"Pulumi.{stack.Split('/')[^1]}.yaml");
            if (!File.Exists(path))
            {
                error = $"--stack {stack}: {Path.GetFileName(path)} is not in {folder}; run doctor in the project folder";
            }

            return File.Exists(path) ? path : null;
        }

        var candidates = Directory.Exists(folder)
            ? Directory.GetFiles(folder, "Pulumi.*.yaml").Where(p => Path.GetFileName(p) != "Pulumi.yaml").ToList()
            : [];
        return candidates.Count == 1 ? candidates[0] : null;
    }

    public static StackConfig Load(string path)
    {
        var yaml = new YamlStream();
        using (var reader = new StreamReader(path))
        {
            yaml.Load(reader);
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var secure = new List<string>();
        if (yaml.Documents.Count > 0 && yaml.Documents[0].RootNode is YamlMappingNode root
            && root.Children.TryGetValue(new YamlScalarNode("config"), out var configNode) && configNode is YamlMappingNode config)
        {
            foreach (var (keyNode, valueNode) in config.Children)
            {
                if (keyNode is not YamlScalarNode { Value: { } key } || !key.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    continue;
                }

                var name = key[Prefix.Length..];
                if (valueNode is YamlScalarNode { Value: { } value })
                {
                    values[name] = value;
                }
                else if (valueNode is YamlMappingNode map && map.Children.ContainsKey(new YamlScalarNode("secure")))
                {
                    secure.Add(name);
                }
            }
        }

        return new StackConfig(Path.GetFileName(path), values, secure);
    }
}
