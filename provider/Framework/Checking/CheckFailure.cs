namespace AlicloudLive.Framework.Checking;

/// <summary>A rule a property breaks; <see cref="Property"/> is a path such as <c>timedConfig.endTime</c>.</summary>
public sealed record CheckFailure(string Property, string Reason);
