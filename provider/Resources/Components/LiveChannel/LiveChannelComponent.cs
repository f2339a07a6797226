using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Ice.LiveTranscodeJob;
using AlicloudLive.Resources.Live.PullToPushTask;
using AlicloudLive.Resources.Live.RecordVodConfig;
using AlicloudLive.Values;
using static AlicloudLive.Framework.Definitions.DerivedValues;

namespace AlicloudLive.Resources.Components.LiveChannel;

/// <summary>
/// alicloud-live:components:LiveChannel: a pull-to-push task ingests the source into the ingest domain, a timed ICE
/// job transcodes it for the play domain over the same window (registered once the task exists), and a record-to-VOD
/// config records it when recording is set. Children are named &lt;name&gt;-ingest, -transcode and -recording.
/// </summary>
internal sealed class LiveChannelComponent : ComponentDefinition
{
    private static readonly string[] StreamInputs = ["ingestDomain", "appName", "streamName"];
    private static readonly string[] Window = ["startTime", "endTime"];

    public override string Token => LiveChannelSchema.Token;

    public override string Description =>
        "A live channel: a pull-to-push task ingests a source stream into the ingest domain, a timed ICE job transcodes it "
        + "for the play domain over the same window, and (when recording is set) the stream is recorded to VOD. Built by "
        + "the provider (Construct), so every Pulumi language gets the same component; changing the window follows each "
        + "child's update rule.";

    public override IReadOnlyList<PropertyDefinition> Inputs => LiveChannelSchema.Inputs;

    public override IReadOnlyList<PropertyDefinition> Outputs => LiveChannelSchema.Outputs;

    public override async Task<IReadOnlyDictionary<string, ComponentOutput>> ConstructAsync(ComponentContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var inputs = context.Inputs;
        var ingestUrl = Concat(PropertyValue.From("rtmp://"), inputs["ingestDomain"], PropertyValue.From("/"), inputs["appName"], PropertyValue.From("/"), inputs["streamName"]);

        var ingesting = context.RegisterChildAsync(Ingest(context, ingestUrl));
        var recordingInput = inputs.GetOrNull("recording");
        var recording = Recording(context, recordingInput) is { } record ? context.RegisterChildAsync(record) : null;
        var ingest = await ingesting.ConfigureAwait(false);
        var transcode = await context.RegisterChildAsync(Transcode(context, ingestUrl, ingest)).ConfigureAwait(false);
        var recorded = recording is null ? null : await recording.ConfigureAwait(false);

        return new Dictionary<string, ComponentOutput>(StringComparer.Ordinal)
        {
            ["ingestUrl"] = new(ingestUrl, StreamInputs.SelectMany(context.DependenciesOf).Distinct().ToList()),
            ["ingestTaskId"] = new(Output(ingest, "taskId"), [ingest.Urn]),
            ["transcodeJobId"] = new(Output(transcode, "jobId"), [transcode.Urn]),
            ["outputStreams"] = new(Output(transcode, "outputStreams"), [transcode.Urn]),
            ["recordConfigId"] = recorded is not null
                ? new(Id(recorded), [recorded.Urn])
                : new(recordingInput?.ContainsUnknowns == true ? new UnknownValue() : PropertyValue.Null, context.DependenciesOf("recording")),
        };
    }

    private static ChildRegistration Ingest(ComponentContext context, PropertyValue ingestUrl)
    {
        var inputs = context.Inputs;
        return new(
            PullToPushTaskSchema.Token,
            $"{context.Name}-ingest",
            PropertyMap.Of(
                ("region", inputs["region"]),
                ("sourceType", PropertyValue.From(PullToPushTaskSchema.LiveSource)),
                ("sourceProtocol", inputs["sourceProtocol"]),
                ("sourceUrls", new ArrayValue([inputs["sourceUrl"]])),
                ("dstUrl", ingestUrl),
                ("startTime", inputs["startTime"]),
                ("endTime", inputs["endTime"])),
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["region"] = ["region"],
                ["sourceProtocol"] = ["sourceProtocol"],
                ["sourceUrls"] = ["sourceUrl"],
                ["dstUrl"] = StreamInputs,
                ["startTime"] = ["startTime"],
                ["endTime"] = ["endTime"],
            },
            []);
    }

    private static ChildRegistration Transcode(ComponentContext context, PropertyValue ingestUrl, ChildResource ingest)
    {
        var inputs = context.Inputs;
        return new(
            LiveTranscodeJobSchema.Token,
            $"{context.Name}-transcode",
            PropertyMap.Of(
                ("templateId", inputs["transcodeTemplateId"]),
                ("startMode", PropertyValue.From("Timed")),
                ("streamInput", Object(("type", PropertyValue.From("rtmp")), ("inputUrl", ingestUrl))),
                ("transcodeOutput", Object(("type", PropertyValue.From("LiveCenter")), ("domainName", inputs["playDomain"]))),
                ("timedConfig", Object(("startTime", inputs["startTime"]), ("endTime", inputs["endTime"])))),
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["templateId"] = ["transcodeTemplateId"],
                ["streamInput"] = StreamInputs,
                ["transcodeOutput"] = ["playDomain"],
                ["timedConfig"] = Window,
            },
            [ingest]);
    }

    /// <summary>Null when the channel does not record, or (in a preview) when whether it records is not known yet.</summary>
    private static ChildRegistration? Recording(ComponentContext context, PropertyValue? recording)
    {
        if (recording is null || SecretValues.Reveal(recording) is not ObjectValue settings)
        {
            return null;
        }

        var group = settings.Properties["vodTranscodeGroupId"];
        var inputs = context.Inputs;
        return new(
            RecordVodConfigSchema.Token,
            $"{context.Name}-recording",
            PropertyMap.Of(
                ("domainName", inputs["ingestDomain"]),
                ("appName", inputs["appName"]),
                ("streamName", inputs["streamName"]),
                ("vodTranscodeGroupId", recording.ContainsSecrets ? SecretValues.MakeSecret(group) : group)),
            new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
            {
                ["domainName"] = ["ingestDomain"],
                ["appName"] = ["appName"],
                ["streamName"] = ["streamName"],
                ["vodTranscodeGroupId"] = ["recording"],
            },
            []);
    }

    private static ObjectValue Object(params (string Key, PropertyValue Value)[] fields) => new(PropertyMap.Of(fields));
}
