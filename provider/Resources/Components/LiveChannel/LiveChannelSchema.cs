using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Ice.LiveTranscodeJob;
using AlicloudLive.Resources.Live.PullToPushTask;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Components.LiveChannel;

/// <summary>Inputs and outputs of alicloud-live:components:LiveChannel, the component Construct builds.</summary>
internal static class LiveChannelSchema
{
    public const string Token = "alicloud-live:components:LiveChannel";
    public const string DefaultAppName = "live";
    public const string DefaultRegion = "cn-shanghai";

    private const string WindowRule = "Its children follow their own update rules when it changes (see each child's preview notes).";

    public static readonly ObjectType Recording = new(
        "alicloud-live:components:LiveChannelRecording",
        "Where a live channel's recordings go: the stream is recorded to VOD with this template group.",
        [
            new("vodTranscodeGroupId", TypeRef.String, "The VOD transcoding template group for recordings.")
            {
                Required = true,
                MaxLength = TextRules.PluginMaxLength,
            },
        ]);

    public static readonly IReadOnlyList<PropertyDefinition> Inputs =
    [
        Text("sourceUrl", "The live stream the channel pulls in, e.g. rtmp://origin.example.com/live/camera1 (the ingest task's only source URL).", required: true),
        new("sourceProtocol", PullToPushTaskSchema.SourceProtocol, "The protocol of sourceUrl. Defaults to rtmp.")
        {
            Default = PropertyValue.From("rtmp"),
            IgnoreCase = true,
        },
        Text("ingestDomain", "The ingest (push) domain the pulled stream is published to; recordings are configured on it.", required: true),
        Text("playDomain", "The streaming domain that receives the transcoded streams.", required: true),
        Text("appName", $"The application name of the channel's stream. Defaults to \"{DefaultAppName}\".", @default: DefaultAppName),
        Text("streamName", "The stream name of the channel.", required: true),
        Text("startTime", $"When the channel starts pulling and transcoding, ISO 8601 UTC (within 7 days). {WindowRule}", required: true),
        Text("endTime", $"When the channel stops, ISO 8601 UTC: after startTime, at most 7 days later. {WindowRule}", required: true),
        Text("region", $"The live centre that runs the ingest task. Defaults to {DefaultRegion}.", @default: DefaultRegion),
        Text("transcodeTemplateId", "The ICE live transcoding template.", required: true),
        new("recording", Recording, "Where the channel's recordings go; the channel records (a record-to-VOD config) only when this is set."),
    ];

    public static readonly IReadOnlyList<PropertyDefinition> Outputs =
    [
        new("ingestUrl", TypeRef.String, "The rtmp:// URL the source is pushed to and transcoded from: rtmp://<ingestDomain>/<appName>/<streamName>.") { Required = true },
        new("ingestTaskId", TypeRef.String, "The pull-to-push task's id.") { Required = true },
        new("transcodeJobId", TypeRef.String, "The transcoding job's id.") { Required = true },
        new("outputStreams", LiveTranscodeJobSchema.Outputs.Single(o => o.Name == "outputStreams").Type, "The transcoded streams.") { Required = true },
        new("recordConfigId", TypeRef.String, "The record-to-VOD config's id, or null when the channel does not record."),
    ];

    private static PropertyDefinition Text(string name, string description, bool required = false, string? @default = null) =>
        new(name, TypeRef.String, description)
        {
            Required = required,
            Default = @default is null ? null : PropertyValue.From(@default),
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty()],
        };
}
