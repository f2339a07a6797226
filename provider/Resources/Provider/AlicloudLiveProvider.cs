using AlicloudLive.Cloud;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Hosting;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Provider;

/// <summary>The alicloud-live provider: package facts, configuration, and the registered resource types.</summary>
public sealed class AlicloudLiveProvider(ProviderEnvironment environment) : ProviderDefinition<AlibabaCloudClient>
{
    public const string PackageName = "alicloud-live";

    public override PackageMetadata Package { get; } = new(
        PackageName,
        "Alibaba Cloud Live",
        typeof(AlicloudLiveProvider).Assembly.GetName().Version is { } v ? $"{v.Major}.{v.Minor}.{v.Build}" : "0.0.0",
        "Manage Alibaba Cloud live-video jobs: ICE live transcoding, Live pull-to-push tasks, record-to-VOD configs and edge transcoding.",
        ["pulumi", "alicloud", "alibaba", "live", "video", "category/cloud"],
        "https://github.com/alicloud-live/pulumi-alicloud-live",
        "https://github.com/alicloud-live/pulumi-alicloud-live",
        "Apache-2.0",
        "alicloud-live",
        new Dictionary<string, string> { [PackageName] = "Sdk", ["components"] = "Components", ["ice"] = "Ice", ["live"] = "Live" },
        CSharpRootNamespace: "AlicloudLive");

    public override IReadOnlyList<PropertyDefinition> Config => ProviderConfig.Properties;

    public override IReadOnlyList<ResourceDefinition<AlibabaCloudClient>> Resources { get; } = ResourceRegistry.All;

    public override IReadOnlyList<ComponentDefinition> Components { get; } = [new Components.LiveChannel.LiveChannelComponent()];

    public override IReadOnlyList<FunctionDefinition<AlibabaCloudClient>> Functions { get; } = FunctionRegistry.All;

    public override AlibabaCloudClient Configure(PropertyMap config)
    {
        var settings = ClientSettings.From(config, environment);
        return new AlibabaCloudClient(settings.Credentials, settings.Options, environment.HttpHandler, environment.Time, observer: environment.Debug.Observe);
    }

    public override void AttachLog(EngineLog log) => environment.Debug.Attach(log);

    public override ProviderException? TranslateError(Exception error) => error switch
    {
        AlibabaCloudException cloud => Translate(cloud, CloudErrorAdvice.For(cloud) is { } advice ? $"{cloud.Message}; {advice}" : cloud.Message),
        CredentialException credentials => ProviderException.InvalidArgument(credentials.Message, credentials),
        _ => null,
    };

    /// <summary>
    /// The one mapping of a cloud failure to what the engine sees. An unknown outcome (the engine marks the run as
    /// possibly incomplete) only for calls that may have been applied; everything else means nothing changed.
    /// </summary>
    private static ProviderException Translate(AlibabaCloudException e, string message) => e switch
    {
        { OutcomeUnknown: true } => ProviderException.OutcomeUnknown(message, e),
        { Kind: CloudErrorKind.Throttling or CloudErrorKind.RetryableServer or CloudErrorKind.Network } => ProviderException.Unavailable(message, e),
        { Kind: CloudErrorKind.Timeout } => ProviderException.TimedOut(message, e),
        _ when CloudErrorAdvice.IsCredentialCode(e.Code) || CloudErrorAdvice.IsPermissionCode(e.Code) => ProviderException.PermissionDenied(message, e),
        _ => ProviderException.Refused(message, e),
    };
}
