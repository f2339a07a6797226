using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;

namespace AlicloudLive.Cloud;

/// <summary>
/// `pulumi-resource-alicloud-live doctor`: shows which credentials, region and endpoints are in effect (never the
/// secret) and makes one cheap read per service. Exit 0 all OK, 1 a check failed, 2 no usable credentials.
/// </summary>
public static class Doctor
{
    public static async Task<int> RunAsync(
        string[] args,
        IReadOnlyDictionary<string, string> environment,
        string homeDirectory,
        TextWriter output,
        HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        var parsed = DoctorArguments.Parse(args, environment, out var argumentError);
        if (parsed is null)
        {
            await output.WriteLineAsync("doctor: " + argumentError).ConfigureAwait(false);
            return 2;
        }

        CredentialResolution resolution;
        try
        {
            resolution = CredentialResolver.Resolve(CredentialSettings.None with { Profile = parsed.Profile }, environment, homeDirectory);
        }
        catch (CredentialException ex)
        {
            await output.WriteLineAsync("credentials: unusable: " + ex.Message).ConfigureAwait(false);
            return 2;
        }

        if (resolution.Credentials is not { } credentials)
        {
            await output.WriteLineAsync(
                "credentials: none found; set ALIBABA_CLOUD_ACCESS_KEY_ID and ALIBABA_CLOUD_ACCESS_KEY_SECRET " +
                "(or ALICLOUD_ACCESS_KEY/ALICLOUD_SECRET_KEY), or a profile in ~/.aliyun/config.json").ConfigureAwait(false);
            return 2;
        }

        var region = parsed.Region ?? resolution.ProfileRegion ?? new CloudClientOptions().Region;
        var options = new CloudClientOptions
        {
            Region = region,
            LiveEndpoint = parsed.LiveEndpoint,
            IceEndpoint = parsed.IceEndpoint,
            MaxRetries = 1,
            RequestTimeout = TimeSpan.FromSeconds(20),
        };
        await output.WriteLineAsync($"credentials: {resolution.Source} (access key id {credentials.MaskedAccessKeyId}" +
                                    (credentials.SecurityToken is null ? ")" : ", with STS token)")).ConfigureAwait(false);
        await output.WriteLineAsync("region: " + region).ConfigureAwait(false);

        AlibabaCloudClient client;
        try
        {
            client = new AlibabaCloudClient(credentials, options, handler);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync("endpoints: invalid: " + ex.Message).ConfigureAwait(false);
            return 1;
        }

        using (client)
        {
            await output.WriteLineAsync(EndpointLine("live", options.ChooseLiveEndpoint(), parsed.LiveEndpointOrigin)).ConfigureAwait(false);
            await output.WriteLineAsync(EndpointLine("ice", options.ChooseIceEndpoint(), parsed.IceEndpointOrigin)).ConfigureAwait(false);
            var liveOk = await CheckAsync(output, "live", "DescribeLivePullToPushList", () =>
                client.Live.DescribeLivePullToPushListAsync(new DescribeLivePullToPushListRequest(region) { PageSize = 1 })).ConfigureAwait(false);
            var iceOk = await CheckAsync(output, "ice", "ListLiveTranscodeJobs", () =>
                client.Ice.ListLiveTranscodeJobsAsync(new ListLiveTranscodeJobsRequest { PageSize = 1 })).ConfigureAwait(false);
            return liveOk && iceOk ? 0 : 1;
        }
    }

    /// <summary>"live endpoint: https://live.aliyuncs.com/ (map: ...)"; an override names the flag or variable that set it.</summary>
    private static string EndpointLine(string service, EndpointChoice choice, string? origin) =>
        $"{service} endpoint: {choice.Endpoint} ({(choice.Source == EndpointSource.Override && origin is not null ? "override: " + origin : choice.Reason)})";

    private static async Task<bool> CheckAsync(TextWriter output, string service, string action, Func<Task> call)
    {
        try
        {
            await call().ConfigureAwait(false);
            await output.WriteLineAsync($"{service}: {action} OK").ConfigureAwait(false);
            return true;
        }
        catch (AlibabaCloudException ex)
        {
            var status = ex.HttpStatus is { } s ? $"HTTP {s}" : "no HTTP response";
            await output.WriteLineAsync(
                $"{service}: {action} FAILED: {ex.Code}: {ex.CloudMessage} ({status}, RequestId {ex.RequestId ?? "-"})").ConfigureAwait(false);
            return false;
        }
    }
}
