namespace AlicloudLive.Cloud.Tests.Fakes;

/// <summary>Clients wired to fakes, with distinctive secrets that leak scans can look for.</summary>
internal static class TestClients
{
    public const string KeyId = "LTAI5tTestKeyId1234";
    public const string Secret = "s3cr3t-Secret-Value-XYZ";
    public const string Token = "sts-Token-Value-ABC987";

    public static AccessKeyCredentials Credentials(bool withToken = false) => new(KeyId, Secret, withToken ? Token : null);

    /// <summary>Each test gets its own key id so the process-wide rate limiters never couple tests.</summary>
    public static AccessKeyCredentials UniqueCredentials(bool withToken = false) =>
        new("LTAI" + Guid.NewGuid().ToString("N")[..16], Secret, withToken ? Token : null);

    public static CloudClientOptions Options(int maxRetries = 3) => new()
    {
        LiveEndpoint = "http://127.0.0.1:8080",
        IceEndpoint = "http://127.0.0.1:8081",
        MaxRetries = maxRetries,
        RequestTimeout = Timeout.InfiniteTimeSpan,
        RetryBaseDelay = TimeSpan.FromMilliseconds(100),
        RetryMaxDelay = TimeSpan.FromSeconds(2),
    };

    public static AlibabaCloudClient Create(
        FakeHttpHandler handler,
        FakeTimeProvider? time = null,
        CloudClientOptions? options = null,
        AccessKeyCredentials? credentials = null,
        List<string>? log = null,
        double jitter = 0.5) =>
        new(
            credentials ?? UniqueCredentials(),
            options ?? Options(),
            handler,
            time ?? new FakeTimeProvider(autoAdvance: true),
            new FixedRandom(jitter),
            log is null ? null : attempt =>
            {
                lock (log)
                {
                    log.Add(attempt.ToString());
                }
            });
}
