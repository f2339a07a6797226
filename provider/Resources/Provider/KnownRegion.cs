using AlicloudLive.Cloud;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Provider;

/// <summary>
/// CheckConfig's region rule: a region of the SDKs' endpoint maps or of the documented shape, else a failure naming
/// the nearest known region, so a typo fails before any call instead of as a DNS error at apply time.
/// </summary>
internal static class KnownRegion
{
    public static Validator Validator { get; } = new(
        "be a region of Alibaba's Live/ICE endpoint maps or of the form area-place-n",
        v => v is StringValue s && CloudEndpoints.RegionProblem(s.Value) is null)
    {
        Explain = v => v is StringValue s ? CloudEndpoints.RegionProblem(s.Value) ?? "" : "must be a string",
    };
}
