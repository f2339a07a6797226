namespace AlicloudLive.Cloud.Tests.Fakes;

/// <summary>Jitter that always picks the same fraction of the backoff ceiling.</summary>
internal sealed class FixedRandom(double value) : Random
{
    public override double NextDouble() => value;
}
