using AlicloudLive.Cloud;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Common;

/// <summary>
/// Where an object lives: the endpoint its API was called at when it was created (and the provider region that chose
/// it). Recorded in the outputs and used for every later call, so a provider pointed elsewhere (config, environment or
/// profile) still reaches the object instead of taking it for deleted. State written before it was recorded means
/// the provider's current location.
/// </summary>
internal sealed record ObjectLocation(Uri Endpoint, string Region)
{
    public const string EndpointOutput = "endpoint";
    public const string RegionOutput = "region";

    /// <summary>The outputs that record it; <paramref name="withRegion"/> false where region is already an input.</summary>
    public static IReadOnlyList<PropertyDefinition> Outputs(string api, bool withRegion = true) =>
    [
        new(EndpointOutput, TypeRef.String,
            $"The {api} endpoint the object lives at, recorded at creation; refresh, update and delete call it there even when the provider's region or endpoint changes (a change shows as a replacement)."),
        .. withRegion
            ? new PropertyDefinition[] { new(RegionOutput, TypeRef.String, "The provider region in effect when the object was created (it chose the endpoint).") }
            : [],
    ];

    /// <summary>The recorded location, or <paramref name="current"/> for state that has none (or an endpoint no longer valid).</summary>
    public static ObjectLocation Recorded(PropertyMap outputs, ObjectLocation current)
    {
        if (outputs.GetString(EndpointOutput) is not { Length: > 0 } text)
        {
            return current;
        }

        try
        {
            return new ObjectLocation(CloudEndpoints.Parse(text, EndpointOutput), outputs.GetString(RegionOutput) ?? current.Region);
        }
        catch (ArgumentException)
        {
            return current;
        }
    }

    /// <summary>Where the provider points the Live API now (or, for a located client, where it was located).</summary>
    public static ObjectLocation OfLive(AlibabaCloudClient client) => new(client.LiveEndpoint, client.Options.Region);

    /// <summary>Where the provider points the ICE API now (or, for a located client, where it was located).</summary>
    public static ObjectLocation OfIce(AlibabaCloudClient client) => new(client.IceEndpoint, client.Options.Region);

    /// <summary>The client that calls the Live API here.</summary>
    public AlibabaCloudClient LiveClient(AlibabaCloudClient client) => client.At(Endpoint, client.IceEndpoint, Region);

    /// <summary>The client that calls the ICE API here.</summary>
    public AlibabaCloudClient IceClient(AlibabaCloudClient client) => client.At(client.LiveEndpoint, Endpoint, Region);

    /// <summary>The outputs with this location recorded.</summary>
    public PropertyMap Record(PropertyMap outputs, bool withRegion = true) =>
        withRegion
            ? outputs.Set(EndpointOutput, PropertyValue.From(Endpoint.ToString())).Set(RegionOutput, PropertyValue.From(Region))
            : outputs.Set(EndpointOutput, PropertyValue.From(Endpoint.ToString()));

    /// <summary>Null when an object here is where the provider points now; otherwise why it must move (a replacement).</summary>
    public string? MoveReason(ObjectLocation current, string api) =>
        current.Endpoint == Endpoint
            ? null
            : $"the provider now calls the {api} API at {current.Endpoint} (region {current.Region}), but this object lives at {Endpoint} "
              + $"(region {Region}), where refresh, update and delete keep reaching it";
}
