namespace AlicloudLive.Cloud;

/// <summary>The answer of an operation that returns nothing but its RequestId.</summary>
public sealed record CloudResponse(string? RequestId);
