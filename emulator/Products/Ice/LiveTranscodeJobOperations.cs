using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Ice;

/// <summary>ICE live transcode jobs: Submit, Update, Get, List, SendCommand (stop), Delete.</summary>
public static class LiveTranscodeJobOperations
{
    public static IEnumerable<Operation> All() =>
    [
        new("SubmitLiveTranscodeJob", ApiVersions.Ice, Mutates: true, Limit: null, Handle: Submit),
        new("UpdateLiveTranscodeJob", ApiVersions.Ice, Mutates: true, Limit: null, Handle: Update),
        new("GetLiveTranscodeJob", ApiVersions.Ice, Mutates: false, Limit: null, Handle: Get),
        new("ListLiveTranscodeJobs", ApiVersions.Ice, Mutates: false, Limit: null, Handle: List),
        new("SendLiveTranscodeJobCommand", ApiVersions.Ice, Mutates: true, Limit: null, Handle: SendCommand),
        new("DeleteLiveTranscodeJob", ApiVersions.Ice, Mutates: true, Limit: null, Handle: Delete),
    ];

    private static JsonObject Submit(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var name = p.Required("Name");
        var templateId = p.Required("TemplateId");
        var startMode = p.Required("StartMode") switch
        {
            "0" => IceStartMode.Immediate,
            "1" => IceStartMode.Timed,
            var other => throw ApiException.Invalid("StartMode", $"\"{other}\" is not 0 (immediate) or 1 (timed)."),
        };
        var input = p.OptionalJson("StreamInput") ?? throw ApiException.Missing("StreamInput");
        var output = p.OptionalJson("TranscodeOutput") ?? throw ApiException.Missing("TranscodeOutput");
        var inputUrl = IceInputs.StreamInputUrl(input);
        // Without a domain the output streams come back on the source's (the API leaves DomainName optional here).
        var domain = IceInputs.OutputDomain(output, ctx.Seed, domainRequired: false) ?? new Uri(inputUrl).Host;
        var timedJson = p.OptionalJson("TimedConfig");
        // "Required if you set StartMode to 1"; nothing forbids it for 0, where it is ignored.
        (DateTimeOffset? Start, DateTimeOffset? End)? timed = (startMode, timedJson) switch
        {
            (IceStartMode.Timed, null) => throw ApiException.Invalid("TimedConfig", "it is required when StartMode is 1."),
            (IceStartMode.Timed, _) => IceInputs.TimedConfig(timedJson, ctx.Now),
            _ => null,
        };
        var template = FindTemplate(ctx.Seed, templateId);

        var job = new IceJob
        {
            JobId = Ids.New(),
            Name = name,
            CreateTime = ctx.Now,
            StartMode = startMode,
            TemplateId = template.Id,
            TemplateName = template.Name,
            TemplateType = template.Type,
            InputUrl = inputUrl,
            DomainName = domain,
            TimedStart = timed?.Start,
            TimedEnd = timed?.End,
            Endpoint = ctx.Endpoint,
        };
        ctx.State.LiveTranscodeJobs.Add(job);
        return new JsonObject { ["JobId"] = job.JobId };
    }

    private static JsonObject Update(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var job = Find(ctx);
        var name = p.Optional("Name");
        if (name is { Length: 0 })
        {
            throw ApiException.Invalid("Name", "it must not be empty.");
        }

        var input = p.OptionalJson("StreamInput");
        var output = p.OptionalJson("TranscodeOutput");
        var timedJson = p.OptionalJson("TimedConfig");
        if (input is not null || output is not null || timedJson is not null)
        {
            if (job.StartMode == IceStartMode.Immediate)
            {
                throw ApiException.WrongState("Only Name can be updated on a job that is not timed (StartMode 0).");
            }

            if (job.Status(ctx.Now) != IceJobStatus.NotStarted)
            {
                throw new ApiException(409, "JobAlreadyStarted", "StreamInput, TranscodeOutput and TimedConfig can only be updated before the job starts.");
            }
        }

        var inputUrl = input is null ? job.InputUrl : IceInputs.StreamInputUrl(input);
        var domain = output is null ? job.DomainName : IceInputs.OutputDomain(output, ctx.Seed, domainRequired: true)!;
        var timed = timedJson is null ? ((DateTimeOffset?, DateTimeOffset?)?)null : IceInputs.TimedConfig(timedJson, ctx.Now);

        job.Name = name ?? job.Name;
        job.InputUrl = inputUrl;
        job.DomainName = domain;
        if (timed is var (start, end))
        {
            job.TimedStart = start;
            job.TimedEnd = end;
        }

        return [];
    }

    private static JsonObject Get(OperationContext ctx) => new() { ["Job"] = IceJobJson.Render(Find(ctx), ctx.Now) };

    private static JsonObject List(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var paging = Paging.Read(p, "PageNo", "PageSize", 10, 1, 100);
        var keyword = p.Optional("KeyWord");
        var startMode = p.OptionalInt("StartMode", 0, 1);
        var status = p.OptionalInt("Status", 0, 2);
        var type = p.Optional("Type");
        var matches = ctx.State.LiveTranscodeJobs
            .Where(j => j.LivesAt(ctx.Endpoint))
            .Where(j => string.IsNullOrEmpty(keyword) || j.JobId == keyword || j.Name.Contains(keyword, StringComparison.Ordinal))
            .Where(j => startMode is null || (int)j.StartMode == startMode)
            .Where(j => status is null || (int)j.Status(ctx.Now) == status)
            .Where(j => string.IsNullOrEmpty(type) || j.TemplateType == type)
            .ToList();
        var ordered = SortOrder.ByCreateTime(p, matches, j => j.CreateTime);
        return new JsonObject
        {
            ["TotalCount"] = matches.Count,
            ["JobList"] = new JsonArray(paging.Apply(ordered).Select(j => (JsonNode)IceJobJson.Render(j, ctx.Now)).ToArray()),
        };
    }

    private static JsonObject SendCommand(OperationContext ctx)
    {
        var command = ctx.Parameters.Required("Command");
        var job = Find(ctx);
        if (command != "stop")
        {
            throw ApiException.Invalid("Command", $"\"{command}\" is not supported; the only command is stop.");
        }

        if (job.Status(ctx.Now) != IceJobStatus.Running)
        {
            throw ApiException.WrongState("Only a running job can be stopped.");
        }

        job.StoppedAt = ctx.Now;
        return [];
    }

    private static JsonObject Delete(OperationContext ctx)
    {
        var job = Find(ctx);
        if (job.Status(ctx.Now) == IceJobStatus.Running)
        {
            throw ApiException.WrongState("The job is running: stop it (SendLiveTranscodeJobCommand Command=stop) before deleting it.");
        }

        ctx.State.LiveTranscodeJobs.Remove(job);
        return [];
    }

    private static IceJob Find(OperationContext ctx)
    {
        var id = ctx.Parameters.Required("JobId");
        return ctx.State.LiveTranscodeJobs.FirstOrDefault(j => j.JobId == id && j.LivesAt(ctx.Endpoint))
            ?? throw new ApiException(404, "JobNotFound", $"The job \"{id}\" does not exist.");
    }

    internal static IceTemplate FindTemplate(Seed seed, string id) =>
        seed.IceTemplates.FirstOrDefault(t => t.Id == id)
            ?? throw new ApiException(404, "TemplateNotFound", $"The template \"{id}\" does not exist.");
}
