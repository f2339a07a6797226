using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;

namespace AlicloudLive.Cloud.Tests.Contract;

/// <summary>Every operation the client implements, every optional field set.</summary>
internal static class ContractCases
{
    // The SDKs' common parameters: the account comes from the signature and the region from the endpoint.
    private const string OwnerId = "OwnerId";
    private const string RegionId = "RegionId";

    // Record-to-VOD FormatConfig is not modelled: the provider has no input for it.
    private const string FormatConfig = "FormatConfig";

    private static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);
    private static readonly DateTimeOffset End = new(2026, 1, 3, 3, 4, 5, TimeSpan.Zero);

    private static readonly RecordFormat[] Formats =
    [
        new("m3u8") { SliceDuration = 10, AutoCompose = "ON", ProcessMethod = "p", ProcessTemplateId = "t", VideoProcess = "v", Tags = "a,b" },
        new("mp4") { SliceDuration = 30 },
    ];

    public static IReadOnlyList<ContractCase> All { get; } =
    [
        new("CreateLivePullToPush", c => c.Live.CreateLivePullToPushAsync(new CreateLivePullToPushRequest(
            "cn-shanghai", Start, End, "vod", ["https://a.example.com/1.mp4", "https://a.example.com/2.mp4"], "rtmp://push.example.com/app/s")
        {
            SourceProtocol = "rtmp", TaskName = "task", CallbackUrl = "https://cb.example.com", RepeatNumber = -1, RetryCount = 3,
            RetryInterval = 60, FileIndex = 0, Offset = 5,
        }), OwnerId, RegionId),
        new("DescribeLivePullToPush", c => c.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest("t1", "cn-shanghai")), OwnerId, RegionId),
        new("DescribeLivePullToPushList", c => c.Live.DescribeLivePullToPushListAsync(new DescribeLivePullToPushListRequest("cn-shanghai")
        {
            TaskId = "t1", TaskName = "task", DstUrl = "rtmp://push.example.com/app/s", PageNumber = 2, PageSize = 50,
        }), OwnerId, RegionId),
        new("UpdateLivePullToPush", c => c.Live.UpdateLivePullToPushAsync(new UpdateLivePullToPushRequest("t1", "cn-shanghai")
        {
            StartTime = Start, EndTime = End, SourceUrls = ["https://a.example.com/1.mp4"], RepeatNumber = 2, Offset = 7,
            CallbackUrl = "https://cb.example.com", FileIndex = 1,
        }), OwnerId, RegionId),
        new("DeleteLivePullToPush", c => c.Live.DeleteLivePullToPushAsync(new PullToPushTaskRequest("t1", "cn-shanghai")), OwnerId, RegionId),
        new("StopLivePullToPush", c => c.Live.StopLivePullToPushAsync(new PullToPushTaskRequest("t1", "cn-shanghai")), OwnerId, RegionId),
        new("RestartLivePullToPush", c => c.Live.RestartLivePullToPushAsync(new PullToPushTaskRequest("t1", "cn-shanghai")), OwnerId, RegionId),
        new("AddLiveRecordVodConfig", c => c.Live.AddLiveRecordVodConfigAsync(new AddLiveRecordVodConfigRequest("live.example.com", "app", "grp")
        {
            StreamName = "s", CycleDuration = 300, AutoCompose = true, ComposeVodTranscodeGroupId = "cgrp", OnDemand = 1,
            StorageLocation = "outin-1.oss-cn-shanghai.aliyuncs.com", DelayTime = 180, RecordContent = "raw",
            TranscodeTemplates = ["tpl-1", "tpl-2"], RecordFormats = Formats, SpaceId = "space",
        }), OwnerId, RegionId, FormatConfig),
        new("UpdateLiveRecordVodConfig", c => c.Live.UpdateLiveRecordVodConfigAsync(new UpdateLiveRecordVodConfigRequest("live.example.com", "app", "grp")
        {
            StreamName = "s", CycleDuration = 300, AutoCompose = false, ComposeVodTranscodeGroupId = "cgrp", OnDemand = 0, DelayTime = 180,
            TranscodeTemplates = ["tpl-1"], RecordFormats = Formats,
        }), OwnerId, RegionId, FormatConfig),
        new("DeleteLiveRecordVodConfig", c => c.Live.DeleteLiveRecordVodConfigAsync(new DeleteLiveRecordVodConfigRequest("live.example.com", "app") { StreamName = "s" }),
            OwnerId, RegionId),
        new("DescribeLiveRecordVodConfigs", c => c.Live.DescribeLiveRecordVodConfigsAsync(new DescribeLiveRecordVodConfigsRequest("live.example.com")
        {
            AppName = "app", StreamName = "s", PageNum = 2, PageSize = 50,
        }), OwnerId, RegionId),
        new("CreateEdgeTranscodeJob", c => c.Live.CreateEdgeTranscodeJobAsync(new CreateEdgeTranscodeJobRequest("cl", "job", "tpl", "rtmp://in/a/s", "rtmp://out/a/s")),
            OwnerId, RegionId),
        new("GetEdgeTranscodeJob", c => c.Live.GetEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest("cl", "j1")), OwnerId, RegionId),
        new("ListEdgeTranscodeJob", c => c.Live.ListEdgeTranscodeJobAsync(new ListEdgeTranscodeJobRequest("cl")
        {
            Keyword = "j1", PageNo = 2, PageSize = 100, SortBy = "desc", Status = 1, Type = "common",
        }), OwnerId, RegionId),
        new("UpdateEdgeTranscodeJob", c => c.Live.UpdateEdgeTranscodeJobAsync(new UpdateEdgeTranscodeJobRequest("cl", "j1")
        {
            Name = "job", TemplateId = "tpl", StreamInput = "rtmp://in/a/s", StreamOutput = "rtmp://out/a/s",
        }), OwnerId, RegionId),
        new("StartEdgeTranscodeJob", c => c.Live.StartEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest("cl", "j1")), OwnerId, RegionId),
        new("StopEdgeTranscodeJob", c => c.Live.StopEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest("cl", "j1")), OwnerId, RegionId),
        new("DeleteEdgeTranscodeJob", c => c.Live.DeleteEdgeTranscodeJobAsync(new EdgeTranscodeJobRequest("cl", "j1")), OwnerId, RegionId),
        new("GetEdgeTranscodeTemplate", c => c.Live.GetEdgeTranscodeTemplateAsync(new GetEdgeTranscodeTemplateRequest("cl", "tpl")), OwnerId, RegionId),
        new("ListEdgeTranscodeTemplate", c => c.Live.ListEdgeTranscodeTemplateAsync(new ListEdgeTranscodeTemplateRequest("cl")
        {
            Keyword = "tpl", PageNo = 1, PageSize = 100, SortBy = "asc", Type = "common", VideoCodec = "H.264",
        }), OwnerId, RegionId),
        new("SubmitLiveTranscodeJob", c => c.Ice.SubmitLiveTranscodeJobAsync(new SubmitLiveTranscodeJobRequest(
            "job", "tpl", 1, new LiveStreamInput("rtmp", "rtmp://in/a/s"), new LiveTranscodeOutput("LiveCenter", "live.example.com"),
            new LiveTimedConfig(Start, End)))),
        new("GetLiveTranscodeJob", c => c.Ice.GetLiveTranscodeJobAsync(new GetLiveTranscodeJobRequest("j1"))),
        new("ListLiveTranscodeJobs", c => c.Ice.ListLiveTranscodeJobsAsync(new ListLiveTranscodeJobsRequest
        {
            KeyWord = "j1", PageNo = 2, PageSize = 100, SortBy = "desc", StartMode = 1, Status = 1, Type = "normal",
        })),
        new("UpdateLiveTranscodeJob", c => c.Ice.UpdateLiveTranscodeJobAsync(new UpdateLiveTranscodeJobRequest("j1")
        {
            Name = "job", StreamInput = new LiveStreamInput("rtmp", "rtmp://in/a/s"), TranscodeOutput = new LiveTranscodeOutput("LiveCenter", "live.example.com"),
            TimedConfig = new LiveTimedConfig(Start, End),
        })),
        new("DeleteLiveTranscodeJob", c => c.Ice.DeleteLiveTranscodeJobAsync(new DeleteLiveTranscodeJobRequest("j1"))),
        new("SendLiveTranscodeJobCommand", c => c.Ice.SendLiveTranscodeJobCommandAsync(new SendLiveTranscodeJobCommandRequest("j1"))),
        new("GetLiveTranscodeTemplate", c => c.Ice.GetLiveTranscodeTemplateAsync(new GetLiveTranscodeTemplateRequest("tpl"))),
        new("ListLiveTranscodeTemplates", c => c.Ice.ListLiveTranscodeTemplatesAsync(new ListLiveTranscodeTemplatesRequest
        {
            KeyWord = "hd", Category = "system", Type = "normal", VideoCodec = "H.264", SortBy = "asc", PageNo = 2, PageSize = 100,
        })),
    ];
}
