using AlicloudLive.Framework.Checking;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Support;

/// <summary>Runs the widget's Check the way the provider does.</summary>
internal static class Checks
{
    public static readonly byte[] Seed = [.. Enumerable.Range(1, 32).Select(i => (byte)i)];

    public static CheckOutcome Run(
        PropertyMap news, PropertyMap? olds = null, DateTimeOffset? now = null, byte[]? seed = null, AutonamingOptions? autonaming = null) =>
        CheckEngine.Run(
            new CheckInput("w1", news, olds ?? PropertyMap.Empty, seed ?? Seed, autonaming, now ?? ManualClock.Start),
            Widgets.Resource.Token,
            Widgets.Resource.Inputs,
            Widgets.Resource.AutoNameProperty,
            Widgets.Resource.Validate);

    /// <summary>The failures as (property, reason) pairs, for exact comparison.</summary>
    public static IEnumerable<(string, string)> Pairs(this CheckOutcome outcome) => outcome.Failures.Select(f => (f.Property, f.Reason));
}
