using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>Schema, validation and update rules of alicloud-live:live:RecordVodConfig (design.md §6).</summary>
internal static class RecordVodConfigSchema
{
    public const string Token = "alicloud-live:live:RecordVodConfig";

    /// <summary>The key properties: together they name the config (the id), and changing one makes a new config.</summary>
    public static readonly IReadOnlyList<string> KeyProperties = ["domainName", "appName", "streamName"];

    private static readonly UpdateRule KeyRule =
        UpdateRule.Replace("the domain, app and stream names are the config's key (UpdateLiveRecordVodConfig finds the config by them)");

    private static readonly UpdateRule AddOnly = UpdateRule.Replace("only AddLiveRecordVodConfig sets it; UpdateLiveRecordVodConfig does not accept it");

    // The id joins the key with '/', so a key part containing one could not be read back from the id.
    private static readonly Validator NoSlash = Validate.Matches("^[^/]*$", "not contain '/' (the resource id joins domain, app and stream with '/')");

    private static readonly Validator NotEmptyList = new("have at least one item (leave it out instead)", v => v is ArrayValue { Items.Length: > 0 });

    private static readonly Validator NoEmptyItems = new("not contain empty strings", v => v is ArrayValue a && a.Items.All(i => i is StringValue { Value.Length: > 0 }));

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

    /// <summary>An optional free-form setting: not empty, at most the stated length.</summary>
    private static PropertyDefinition Text(string name, string description) =>
        new(name, TypeRef.String, description) { MaxLength = TextRules.PluginMaxLength, Validators = [Validate.NotEmpty()] };

    public static readonly ObjectType RecordFormat = new(
        "alicloud-live:live:RecordVodConfigRecordFormat",
        "One recording format (RecordFormat.N): the file format, its slice length and how its files are processed. "
        + "The record-to-VOD APIs document no values or ranges for these; the service judges them.",
        [
            new("format", TypeRef.String, "The file format, as RecordFormat.N.Format takes it (e.g. m3u8); compared in any case.")
            {
                Required = true,
                MaxLength = TextRules.PluginMaxLength,
                IgnoreCase = true,
                Validators = [Validate.NotEmpty()],
            },
            new("sliceDuration", TypeRef.Integer, "The length of each recorded slice in seconds."),
            Text("autoCompose", "Automatic composition of this format's files, as RecordFormat.N.AutoCompose takes it (e.g. ON or OFF)."),
            Text("processMethod", "The processing of this format's files, as RecordFormat.N.ProcessMethod takes it."),
            Text("processTemplateId", "The processing template for this format's files (RecordFormat.N.ProcessTemplateId)."),
            Text("videoProcess", "The video processing of this format's files, as RecordFormat.N.VideoProcess takes it."),
            Text("tags", "Tags for this format's files, as RecordFormat.N.Tags takes them."),
        ]);

    public static readonly IReadOnlyList<PropertyDefinition> Inputs =
    [
        new("domainName", TypeRef.String, "The main streaming domain whose streams are recorded.")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty(), NoSlash],
            Rule = KeyRule,
        },
        new("appName", TypeRef.String, "The application name of the recorded streams.")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty(), NoSlash],
            Rule = KeyRule,
        },
        new("streamName", TypeRef.String, "The one stream to record; empty (the default) records every stream of the app.")
        {
            Default = PropertyValue.From(""),
            MaxLength = TextRules.PluginMaxLength,
            Validators = [NoSlash],
            Rule = KeyRule,
        },
        new("vodTranscodeGroupId", TypeRef.String, "The ApsaraVideo VOD transcoding template group applied to the recordings.")
        {
            Required = true,
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty()],
        },
        new("cycleDuration", TypeRef.Integer, "The recording duration of each file in seconds, 300 to 21600 (default 3600).")
        {
            Default = PropertyValue.From(3600),
            Validators = [Validate.Range(300, 21600)],
        },
        new("autoCompose", TypeRef.Boolean, "Whether the recordings are composed into one video (sent as ON/OFF; default false). It and composeVodTranscodeGroupId go together: true needs the group, and the group needs true.")
        {
            Default = PropertyValue.From(false),
        },
        new("composeVodTranscodeGroupId", TypeRef.String, "The VOD transcoding template group for the composed video; set exactly when autoCompose is true.")
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [Validate.NotEmpty()],
            Rule = InPlaceWhileSet("composeVodTranscodeGroupId"),
        },
        new("onDemand", TypeRef.Integer, "On-demand recording: 0 off, recording automatically (default); 1 on, by an HTTP callback's answer; 2 on, by a parameter of the ingest URL (documented by UpdateLiveRecordVodConfig; AddLiveRecordVodConfig documents 0 and 1, and the cloud answers for 2).")
        {
            Default = PropertyValue.From(0),
            Validators = [Validate.NumberOneOf(0, 1, 2)],
        },
        new("delayTime", TypeRef.Integer, "How long to wait, in seconds, after a stream is interrupted before the recording of that session ends.")
        {
            Rule = InPlaceWhileSet("delayTime"),
        },
        new("transcodeTemplates", TypeRef.ArrayOf(TypeRef.String), "The live transcoding templates whose output streams are recorded.")
        {
            MaxLength = TextRules.PluginMaxLength,
            Validators = [NotEmptyList, NoEmptyItems],
            Rule = InPlaceWhileSet("transcodeTemplates"),
        },
        new("recordFormats", TypeRef.ArrayOf(RecordFormat), "The recording formats.")
        {
            Validators = [NotEmptyList],
            Rule = InPlaceWhileSet("recordFormats"),
        },
        new("recordContent", TypeRef.String, "What is recorded, as RecordContent takes it; sent only when set (the record-to-VOD pages document no values and no default); compared in any case.")
        {
            MaxLength = TextRules.PluginMaxLength,
            IgnoreCase = true,
            Rule = AddOnly,
        },
        Text("storageLocation", "The ApsaraVideo VOD storage address for the recordings, e.g. xxx.oss-cn-shanghai.aliyuncs.com (from VOD storage management).") with { Rule = AddOnly },
        Text("spaceId", "The space that holds the recordings.") with { Rule = AddOnly },
    ];

    public static readonly IReadOnlyList<PropertyDefinition> Outputs =
    [
        new("createTime", TypeRef.String, "When the config was added."),
        .. ObjectLocation.Outputs("Live"),
    ];
}
