using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;

namespace AlicloudLive.Cloud;

/// <summary>
/// `pulumi-resource-alicloud-live doctor`: shows which credentials, region and endpoints are in effect (never the
/// secret) and makes one cheap read per service. Exit 0 all OK, 1 a check failed, 2 no usable credentials.
/// </summary>
public static class Doctor
{
    /// <summary>Where a secure stack value must come from instead: the variables the provider reads for it.</summary>
    private static readonly Dictionary<string, string[]> SecureFallbacks = new(StringComparer.Ordinal)
    {
        ["accessKey"] = [EnvironmentNames.AccessKeyId, EnvironmentNames.LegacyAccessKey],
        ["secretKey"] = [EnvironmentNames.AccessKeySecret, EnvironmentNames.LegacySecretKey],
        ["securityToken"] = [EnvironmentNames.SecurityToken, EnvironmentNames.LegacySecurityToken],
    };

    public static async Task<int> RunAsync(
        string[] args,
        IReadOnlyDictionary<string, string> environment,
        string homeDirectory,
        TextWriter output,
        HttpMessageHandler? handler = null,
        string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(output);
        var parsed = DoctorArguments.Parse(args, out var argumentError);
        if (parsed is null)
        {
            await output.WriteLineAsync("doctor: " + argumentError).ConfigureAwait(false);
            await output.WriteLineAsync("run `pulumi-resource-alicloud-live doctor --help` for usage").ConfigureAwait(false);
            return 2;
        }

        if (parsed.Help)
        {
            await output.WriteAsync(DoctorArguments.Usage + "\n").ConfigureAwait(false);
            return 0;
        }

        var stackPath = StackConfig.Locate(parsed.Stack, workingDirectory ?? Directory.GetCurrentDirectory(), out var stackError);
        if (stackError is not null)
        {
            await output.WriteLineAsync("doctor: " + stackError).ConfigureAwait(false);
            return 2;
        }

        var stack = stackPath is null ? null : StackConfig.Load(stackPath);
        if (stack is not null)
        {
            await DescribeStackAsync(output, stack).ConfigureAwait(false);
        }

        string? Env(string name) => environment.TryGetValue(name, out var v) && !string.IsNullOrWhiteSpace(v) ? v : null;

        // A secure key's value is what the environment supplies for it, as announced above.
        string? Config(string key) =>
            stack?.SecureKeys.Contains(key) == true ? SecureFallbacks.GetValueOrDefault(key)?.Select(Env).FirstOrDefault(v => v is not null)
            : stack?.Values.GetValueOrDefault(key) is { Length: > 0 } v ? v : null;
        (string? Value, string? Origin) Setting(string? flagValue, string flag, string key, string variable) =>
            flagValue is not null ? (flagValue, flag)
            : Config(key) is { } fromStack ? (fromStack, $"alicloud-live:{key} in {stack!.FileName}")
            : Env(variable) is { } fromEnvironment ? (fromEnvironment, variable)
            : (null, null);

        CredentialResolution resolution;
        try
        {
            var settings = new CredentialSettings(
                Config("accessKey"), Config("secretKey"), Config("securityToken"), parsed.Profile ?? Config("profile"), Config("sharedCredentialsFile"));
            resolution = CredentialResolver.Resolve(settings, environment, homeDirectory);
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

        var live = Setting(parsed.LiveEndpoint, "--live-endpoint", "liveEndpoint", EnvironmentNames.LiveEndpoint);
        var ice = Setting(parsed.IceEndpoint, "--ice-endpoint", "iceEndpoint", EnvironmentNames.IceEndpoint);
        parsed = parsed with { Region = Setting(parsed.Region, "--region", "region", EnvironmentNames.Region).Value, LiveEndpoint = live.Value, IceEndpoint = ice.Value };
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
            await output.WriteLineAsync(EndpointLine("live", options.ChooseLiveEndpoint(), live.Origin)).ConfigureAwait(false);
            await output.WriteLineAsync(EndpointLine("ice", options.ChooseIceEndpoint(), ice.Origin)).ConfigureAwait(false);
            // The pull-to-push API takes a live centre, not any region: probe the one a task here would use.
            var centre = LiveCentres.Nearest(region);
            var liveOk = await CheckAsync(output, "live", $"DescribeLivePullToPushList (live centre {centre})", () =>
                client.Live.DescribeLivePullToPushListAsync(new DescribeLivePullToPushListRequest(centre) { PageSize = 1 })).ConfigureAwait(false);
            var iceOk = await CheckAsync(output, "ice", "ListLiveTranscodeJobs", () =>
                client.Ice.ListLiveTranscodeJobsAsync(new ListLiveTranscodeJobsRequest { PageSize = 1 })).ConfigureAwait(false);
            return liveOk && iceOk ? 0 : 1;
        }
    }

    private static async Task DescribeStackAsync(TextWriter output, StackConfig stack)
    {
        var keys = stack.Values.Keys.Concat(stack.SecureKeys).Order(StringComparer.Ordinal).Select(k => "alicloud-live:" + k);
        await output.WriteLineAsync($"stack: {stack.FileName} ({string.Join(", ", keys.DefaultIfEmpty("no alicloud-live keys"))})").ConfigureAwait(false);
        foreach (var key in stack.SecureKeys)
        {
            var instead = SecureFallbacks.TryGetValue(key, out var names) ? "set " + string.Join(" or ", names) : "set it in the environment";
            await output.WriteLineAsync(
                $"stack: alicloud-live:{key} is a secure value, encrypted by the stack's secrets provider: doctor cannot read it; {instead} for this check").ConfigureAwait(false);
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
