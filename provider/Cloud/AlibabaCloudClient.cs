using System.Collections.Concurrent;
using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;

namespace AlicloudLive.Cloud;

/// <summary>
/// The signed Alibaba Cloud client for the Live (2016-11-01) and ICE (2020-11-09) APIs. Thread-safe; one instance per
/// configured provider. Time, randomness and the HTTP handler are injectable so tests run without a network or a clock.
/// </summary>
public sealed class AlibabaCloudClient : IDisposable
{
    private readonly HttpClient? _http;
    private readonly CloudPipeline _pipeline;
    private readonly ConcurrentDictionary<(Uri Live, Uri Ice, string Region), AlibabaCloudClient> _elsewhere = new();

    /// <param name="credentials">The AccessKey pair (and STS token) to sign with.</param>
    /// <param name="options">Region, endpoints, retries and timeouts; invalid endpoint overrides throw ArgumentException.</param>
    /// <param name="handler">The HTTP handler (a test fake); null uses a pooled SocketsHttpHandler owned by the client.</param>
    /// <param name="time">The clock for signing dates, timeouts, backoff and rate limits; null = system clock.</param>
    /// <param name="random">The source of backoff jitter; null = Random.Shared.</param>
    /// <param name="observer">Told of every HTTP attempt (debug output); an attempt carries no secret, token or signature.</param>
    public AlibabaCloudClient(
        AccessKeyCredentials credentials,
        CloudClientOptions options,
        HttpMessageHandler? handler = null,
        TimeProvider? time = null,
        Random? random = null,
        Action<CloudAttempt>? observer = null)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        LiveEndpoint = options.ResolveLiveEndpoint();
        IceEndpoint = options.ResolveIceEndpoint();
        Options = options;
        _http = handler is null
            ? new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) }, disposeHandler: true)
            : new HttpClient(handler, disposeHandler: false);
        _http.Timeout = Timeout.InfiniteTimeSpan; // per-attempt timeouts come from the pipeline, on the injected clock
        _pipeline = new CloudPipeline(credentials, options, _http, time ?? TimeProvider.System, JitterSource(random), observer);
        Live = new LiveApi(_pipeline, LiveEndpoint);
        Ice = new IceApi(_pipeline, IceEndpoint);
    }

    /// <summary>A view of <paramref name="parent"/> that calls other endpoints; it owns nothing it could dispose.</summary>
    private AlibabaCloudClient(AlibabaCloudClient parent, Uri liveEndpoint, Uri iceEndpoint, string region)
    {
        _pipeline = parent._pipeline;
        Options = parent.Options with { Region = region };
        LiveEndpoint = liveEndpoint;
        IceEndpoint = iceEndpoint;
        Live = new LiveApi(_pipeline, liveEndpoint);
        Ice = new IceApi(_pipeline, iceEndpoint);
    }

    public CloudClientOptions Options { get; }

    public Uri LiveEndpoint { get; }

    public Uri IceEndpoint { get; }

    /// <summary>Live API: pull-to-push tasks, record-to-VOD configs, edge transcode jobs.</summary>
    public LiveApi Live { get; }

    /// <summary>ICE (Intelligent Media Services) API: live transcode jobs.</summary>
    public IceApi Ice { get; }

    /// <summary>
    /// The same account, pipeline, retries and rate limits, calling the APIs at these endpoints: where an existing
    /// object lives when the provider now points elsewhere; <see cref="Options"/> then names <paramref name="region"/>. One
    /// view per place, so reads there still share list calls.
    /// </summary>
    public AlibabaCloudClient At(Uri liveEndpoint, Uri iceEndpoint, string region) =>
        liveEndpoint == LiveEndpoint && iceEndpoint == IceEndpoint && region == Options.Region
            ? this
            : _elsewhere.GetOrAdd((liveEndpoint, iceEndpoint, region), key => new AlibabaCloudClient(this, key.Live, key.Ice, key.Region));

    public void Dispose() => _http?.Dispose();

    private static Func<double> JitterSource(Random? random)
    {
        if (random is null)
        {
            return Random.Shared.NextDouble;
        }

        // A caller's Random is not thread-safe; concurrent calls share it.
        var gate = new Lock();
        return () =>
        {
            lock (gate)
            {
                return random.NextDouble();
            }
        };
    }
}
