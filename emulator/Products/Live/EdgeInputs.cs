using System.Text.RegularExpressions;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>Edge job references (cluster, template) and value rules (name, stream URLs).</summary>
public static partial class EdgeInputs
{
    /// <summary>
    /// The ClusterId. No code is documented for an unknown cluster, so one is answered as a cluster without jobs or
    /// templates: JobNotFound, TemplateNotFound or an empty list, as the lookup in it finds nothing.
    /// </summary>
    public static string Cluster(RpcParameters p) => p.Required("ClusterId");

    public static EdgeTemplate Template(Seed seed, string clusterId, string templateId) =>
        seed.EdgeTemplates.FirstOrDefault(t => t.ClusterId == clusterId && t.Id == templateId)
            ?? throw new ApiException(404, "TemplateNotFound", $"The template \"{templateId}\" does not exist in cluster {clusterId}.");

    public static string Name(string name) =>
        NamePattern().IsMatch(name) ? name : throw ApiException.Invalid("Name", "use 1–255 letters, digits, Chinese characters, - and _.");

    public static string StreamUrl(string parameter, string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0
            ? url
            : throw ApiException.Invalid(parameter, "it must be an absolute stream URL, such as rtmp://host/app/stream.");

    [GeneratedRegex(@"^[A-Za-z0-9\u4e00-\u9fff_-]{1,255}$")]
    private static partial Regex NamePattern();
}
