using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Resources.Provider;

namespace AlicloudLive.Plugin;

/// <summary>
/// `pulumi-resource-alicloud-live doctor`: shows which credentials, region and endpoints are in effect (never the
/// secret) and makes one cheap read per service. Exit 0 all OK, 1 a check failed, 2 no usable credentials. The
/// settings are resolved by the provider's own <see cref="ClientSettings.Resolve"/>, with the flags and the stack's
/// config standing in for the engine's config, so doctor cannot disagree with Configure about precedence or defaults.
/// </summary>
public static class Doctor
{
    /// <summary>A probe answers in seconds or not at all: one retry and a short time limit, whatever the stack says.</summary>
    private const int ProbeRetries = 1;

    private static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(20);

    public static async Task<int> RunAsync(string[] args, ProviderEnvironment environment, TextWriter output, string? workingDirectory = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(output);
        var flags = DoctorArguments.Parse(args, out var argumentError);
        if (flags is null)
        {
            await output.WriteLineAsync("doctor: " + argumentError).ConfigureAwait(false);
            await output.WriteLineAsync("run `pulumi-resource-alicloud-live doctor --help` for usage").ConfigureAwait(false);
            return 2;
        }

        if (flags.Help)
        {
            await output.WriteAsync(DoctorArguments.Usage + "\n").ConfigureAwait(false);
            return 0;
        }

        var stackPath = StackConfig.Locate(flags.Stack, workingDirectory ?? Directory.GetCurrentDirectory(), out var stackError);
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

        return await CheckSettingsAsync(DoctorConfig.From(flags, stack, environment), environment, output).ConfigureAwait(false);
    }

    /// <summary>Resolves the settings as Configure would, shows where each came from, and probes both services.</summary>
    private static async Task<int> CheckSettingsAsync(DoctorConfig config, ProviderEnvironment environment, TextWriter output)
    {
        ResolvedSettings settings;
        try
        {
            settings = ClientSettings.Resolve(config.Values, environment);
        }
        catch (CredentialException ex)
        {
            await output.WriteLineAsync("credentials: unusable: " + ex.Message).ConfigureAwait(false);
            return 2;
        }

        if (settings.Credentials.Credentials is not { } credentials)
        {
            await output.WriteLineAsync(
                $"credentials: none found; set {EnvironmentNames.AccessKeyId} and {EnvironmentNames.AccessKeySecret} " +
                $"(or {EnvironmentNames.LegacyAccessKey}/{EnvironmentNames.LegacySecretKey}), or a profile in ~/.aliyun/config.json").ConfigureAwait(false);
            return 2;
        }

        var options = settings.Options with { MaxRetries = ProbeRetries, RequestTimeout = ProbeTimeout };
        await output.WriteLineAsync($"credentials: {settings.Credentials.Source} (access key id {credentials.MaskedAccessKeyId}" +
                                    (credentials.SecurityToken is null ? ")" : ", with STS token)")).ConfigureAwait(false);
        await output.WriteLineAsync("region: " + options.Region).ConfigureAwait(false);

        AlibabaCloudClient client;
        try
        {
            client = new AlibabaCloudClient(credentials, options, environment.HttpHandler);
        }
        catch (ArgumentException ex)
        {
            await output.WriteLineAsync("endpoints: invalid: " + ex.Message).ConfigureAwait(false);
            return 1;
        }

        using (client)
        {
            await output.WriteLineAsync(EndpointLine("live", options.ChooseLiveEndpoint(), settings.LiveEndpointSource, config)).ConfigureAwait(false);
            await output.WriteLineAsync(EndpointLine("ice", options.ChooseIceEndpoint(), settings.IceEndpointSource, config)).ConfigureAwait(false);
            return await ProbeAsync(output, client, options.Region).ConfigureAwait(false) ? 0 : 1;
        }
    }

    private static async Task DescribeStackAsync(TextWriter output, StackConfig stack)
    {
        var keys = stack.Values.Keys.Concat(stack.SecureKeys).Order(StringComparer.Ordinal).Select(k => "alicloud-live:" + k);
        await output.WriteLineAsync($"stack: {stack.FileName} ({string.Join(", ", keys.DefaultIfEmpty("no alicloud-live keys"))})").ConfigureAwait(false);
        foreach (var key in stack.SecureKeys)
        {
            var names = ProviderConfig.EnvironmentDefaults(key);
            var instead = names.Count > 0 ? "set " + string.Join(" or ", names) : "set it in the environment";
            await output.WriteLineAsync(
                $"stack: alicloud-live:{key} is a secure value, encrypted by the stack's secrets provider: doctor cannot read it; {instead} for this check").ConfigureAwait(false);
        }
    }

    /// <summary>"live endpoint: https://live.aliyuncs.com/ (map: ...)"; an override names the flag, stack file or variable that set it.</summary>
    private static string EndpointLine(string service, EndpointChoice choice, string? source, DoctorConfig config) =>
        $"{service} endpoint: {choice.Endpoint} ({(choice.Source == EndpointSource.Override && source is not null ? "override: " + config.Origin(source) : choice.Reason)})";

    /// <summary>One cheap read per service; true when both answer.</summary>
    private static async Task<bool> ProbeAsync(TextWriter output, AlibabaCloudClient client, string region)
    {
        // The pull-to-push API takes a live centre, not any region: probe the one a task here would use.
        var centre = LiveCentres.Nearest(region);
        var liveOk = await CheckAsync(output, "live", $"DescribeLivePullToPushList (live centre {centre})", () =>
            client.Live.DescribeLivePullToPushListAsync(new DescribeLivePullToPushListRequest(centre) { PageSize = 1 })).ConfigureAwait(false);
        var iceOk = await CheckAsync(output, "ice", "ListLiveTranscodeJobs", () =>
            client.Ice.ListLiveTranscodeJobsAsync(new ListLiveTranscodeJobsRequest { PageSize = 1 })).ConfigureAwait(false);
        return liveOk && iceOk;
    }

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
