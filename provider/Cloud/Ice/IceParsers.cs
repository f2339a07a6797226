using System.Text.Json;
using AlicloudLive.Cloud.Json;

namespace AlicloudLive.Cloud.Ice;

/// <summary>Reads ICE job and template objects, tolerating string/int status and wrapped lists.</summary>
internal static class IceParsers
{
    public static LiveTranscodeJob Job(JsonElement job)
    {
        var input = job.Field("StreamInput") is { ValueKind: JsonValueKind.Object } i
            ? new LiveStreamInput(i.Str("Type") ?? "", i.Str("InputUrl") ?? "")
            : null;
        var outputs = job.Field("OutputStream") is { ValueKind: JsonValueKind.Object } o
            ? o.List("StreamInfos").Select(s => new LiveOutputStream(s.Str("Type"), s.Str("OutputUrl"))).ToList()
            : [];
        return new LiveTranscodeJob(
            job.Str("JobId") ?? "",
            job.Str("Name"),
            job.Str("CreateTime"),
            job.Int("StartMode"),
            job.Int("Status") is { } status ? (LiveTranscodeJobStatus)status : null,
            job.Str("TemplateId"),
            job.Str("TemplateName"),
            job.Str("TemplateType"),
            input,
            outputs);
    }

    public static LiveTranscodeTemplate Template(JsonElement template) => new(
        template.Str("TemplateId") ?? "",
        template.Str("Name"),
        template.Str("Type"),
        template.Str("Category"),
        template.Str("CreateTime"));
}
