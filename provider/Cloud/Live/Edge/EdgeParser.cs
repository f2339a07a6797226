using System.Text.Json;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Live;

/// <summary>Reads edge jobs; Status arrives as a string ("0"/"1") or a number.</summary>
internal static class EdgeParser
{
    public static EdgeTranscodeJob Job(JsonElement job) => new(
        job.Str("JobId") ?? "",
        job.Str("Name"),
        job.Int("Status") is { } status ? (EdgeTranscodeJobStatus)status : null,
        job.Str("StreamInput"),
        job.Str("StreamOutput"),
        job.Str("TemplateId"),
        job.Str("TemplateName"),
        job.Str("Type"),
        job.Str("CreateTime"),
        job.Str("LastStartAt"),
        job.Str("LastStopAt"));

    public static EdgeTranscodeTemplate Template(JsonElement template) => new(
        template.Str("TemplateId") ?? "",
        template.Str("Name"),
        template.Str("Type"),
        template.Str("Codec"),
        template.Str("Bitrate"),
        template.Str("Fps"),
        template.Str("Gop"),
        template.Str("Resolution"),
        template.Str("CreateTime"));
}
