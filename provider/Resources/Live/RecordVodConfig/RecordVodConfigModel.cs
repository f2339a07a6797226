using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>The inputs of alicloud-live:live:RecordVodConfig, each with its update rule (docs/design.md §6).</summary>
[PropertyModel]
internal sealed partial record RecordVodConfigArgs
{
    private static readonly UpdateRule KeyRule =
        UpdateRule.Replace("the domain, app and stream names are the config's key (UpdateLiveRecordVodConfig finds the config by them)");

    private static readonly UpdateRule AddOnly = UpdateRule.Replace("only AddLiveRecordVodConfig sets it; UpdateLiveRecordVodConfig does not accept it");

    // The id joins the key with '/', so a key part containing one could not be read back from the id.
    private static readonly Validator NoSlash = Validate.Matches("^[^/]*$", "not contain '/' (the resource id joins domain, app and stream with '/')");

    private static readonly Validator NotEmptyList = new("have at least one item (leave it out instead)", v => v is ArrayValue { Items.Length: > 0 });

    private static readonly Validator NoEmptyItems = new("not contain empty strings", v => v is ArrayValue a && a.Items.All(i => i is StringValue { Value.Length: > 0 }));

    [Property("The main streaming domain whose streams are recorded.")]
    public required string DomainName { get; init; }

    [Property("The application name of the recorded streams.")]
    public required string AppName { get; init; }

    [Property("The one stream to record; empty (the default) records every stream of the app.", Default = "")]
    public string? StreamName { get; init; }

    [Property("The ApsaraVideo VOD transcoding template group applied to the recordings.")]
    public required string VodTranscodeGroupId { get; init; }

    [Property("The recording duration of each file in seconds, 300 to 21600 (default 3600).", Default = 3600)]
    public int? CycleDuration { get; init; }

    [Property("Whether the recordings are composed into one video (sent as ON/OFF; default false). It and composeVodTranscodeGroupId go together: true needs the group, and the group needs true.", Default = false)]
    public bool? AutoCompose { get; init; }

    [Property("The VOD transcoding template group for the composed video; set exactly when autoCompose is true.")]
    public string? ComposeVodTranscodeGroupId { get; init; }

    [Property("On-demand recording: 0 off, recording automatically (default); 1 on, by an HTTP callback's answer; 2 on, by a parameter of the ingest URL (documented by UpdateLiveRecordVodConfig; AddLiveRecordVodConfig documents 0 and 1, and the cloud answers for 2).", Default = 0)]
    public int? OnDemand { get; init; }

    [Property("How long to wait, in seconds, after a stream is interrupted before the recording of that session ends.")]
    public int? DelayTime { get; init; }

    [Property("The live transcoding templates whose output streams are recorded.")]
    public IReadOnlyList<string>? TranscodeTemplates { get; init; }

    [Property("The recording formats.")]
    public IReadOnlyList<RecordVodConfigRecordFormat>? RecordFormats { get; init; }

    [Property("What is recorded, as RecordContent takes it; sent only when set (the record-to-VOD pages document no values and no default); compared in any case.", IgnoreCase = true)]
    public string? RecordContent { get; init; }

    [Property("The ApsaraVideo VOD storage address for the recordings, e.g. xxx.oss-cn-shanghai.aliyuncs.com (from VOD storage management).")]
    public string? StorageLocation { get; init; }

    [Property("The space that holds the recordings.")]
    public string? SpaceId { get; init; }

    public RecordVodConfigKey Key => new(DomainName, AppName, StreamName ?? "");

    private static PropertySpecs Specs => new()
    {
        [nameof(DomainName)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty(), NoSlash], Rule = KeyRule },
        [nameof(AppName)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty(), NoSlash], Rule = KeyRule },
        [nameof(StreamName)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [NoSlash], Rule = KeyRule },
        [nameof(VodTranscodeGroupId)] = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty()] },
        [nameof(CycleDuration)] = new() { Validators = [Validate.Range(300, 21600)] },
        [nameof(ComposeVodTranscodeGroupId)] = new()
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty()],
            Rule = InPlaceWhileSet(Wire.ComposeVodTranscodeGroupId),
        },
        [nameof(OnDemand)] = new() { Validators = [Validate.NumberOneOf(0, 1, 2)] },
        [nameof(DelayTime)] = new() { Rule = InPlaceWhileSet(Wire.DelayTime) },
        [nameof(TranscodeTemplates)] = new()
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [NotEmptyList, NoEmptyItems],
            Rule = InPlaceWhileSet(Wire.TranscodeTemplates),
        },
        [nameof(RecordFormats)] = new() { Validators = [NotEmptyList], Rule = InPlaceWhileSet(Wire.RecordFormats) },
        [nameof(RecordContent)] = new() { MaxLength = TextRules.PluginMaxLength, Rule = AddOnly },
        [nameof(StorageLocation)] = RecordVodConfigRecordFormat.Text with { Rule = AddOnly },
        [nameof(SpaceId)] = RecordVodConfigRecordFormat.Text with { Rule = AddOnly },
    };

    /// <summary>
    /// UpdateLiveRecordVodConfig keeps every setting it is not sent, so an optional setting that is removed can only
    /// be cleared by adding the config again.
    /// </summary>
    private static UpdateRule InPlaceWhileSet(string name) => UpdateRule.InPlaceWhile(new StateCondition(
        "it stays set (UpdateLiveRecordVodConfig cannot clear it)",
        context => context.OldInputs.GetOrNull(name) is { } old && old is not NullValue && context.NewInputs.GetOrNull(name) is null or NullValue
            ? "to unset: UpdateLiveRecordVodConfig keeps a setting it is not sent, so only adding the config again clears it"
            : null,
        DependsOnState: false));
}

/// <summary>The outputs of alicloud-live:live:RecordVodConfig: its inputs as the cloud holds them, and when it was added.</summary>
[PropertyModel(Echoes = typeof(RecordVodConfigArgs))]
internal sealed partial record RecordVodConfigState
{
    [Property("When the config was added.")]
    public string? CreateTime { get; init; }
}

[PropertyModel(
    "alicloud-live:live:RecordVodConfigRecordFormat",
    "One recording format (RecordFormat.N): the file format, its slice length and how its files are processed. "
    + "The record-to-VOD APIs document no values or ranges for these; the service judges them.")]
internal sealed partial record RecordVodConfigRecordFormat
{
    /// <summary>An optional free-form setting: not empty, at most the stated length.</summary>
    public static readonly PropertySpec Text = new() { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty()] };

    [Property("The file format, as RecordFormat.N.Format takes it (e.g. m3u8); compared in any case.", IgnoreCase = true)]
    public required string Format { get; init; }

    [Property("The length of each recorded slice in seconds.")]
    public int? SliceDuration { get; init; }

    [Property("Automatic composition of this format's files, as RecordFormat.N.AutoCompose takes it (e.g. ON or OFF).")]
    public string? AutoCompose { get; init; }

    [Property("The processing of this format's files, as RecordFormat.N.ProcessMethod takes it.")]
    public string? ProcessMethod { get; init; }

    [Property("The processing template for this format's files (RecordFormat.N.ProcessTemplateId).")]
    public string? ProcessTemplateId { get; init; }

    [Property("The video processing of this format's files, as RecordFormat.N.VideoProcess takes it.")]
    public string? VideoProcess { get; init; }

    [Property("Tags for this format's files, as RecordFormat.N.Tags takes them.")]
    public string? Tags { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(Format)] = Text,
        [nameof(AutoCompose)] = Text,
        [nameof(ProcessMethod)] = Text,
        [nameof(ProcessTemplateId)] = Text,
        [nameof(VideoProcess)] = Text,
        [nameof(Tags)] = Text,
    };
}
