namespace AlicloudLive.Cloud;

/// <summary>Where an endpoint came from.</summary>
public enum EndpointSource
{
    /// <summary>The user's liveEndpoint / iceEndpoint setting.</summary>
    Override,

    /// <summary>The official SDK's region → host map.</summary>
    Map,

    /// <summary>A region in no map: &lt;product&gt;.&lt;region&gt;.aliyuncs.com, as the SDKs do.</summary>
    Pattern,
}

/// <summary>The endpoint in effect for one API, and why (doctor prints both).</summary>
public sealed record EndpointChoice(Uri Endpoint, EndpointSource Source, string Reason);
