// Hand-written (not generated): a reusable component over the generated resources.

using System.Collections.Generic;
using System.Collections.Immutable;
using AlicloudLive.Sdk.Ice;
using AlicloudLive.Sdk.Ice.Inputs;
using AlicloudLive.Sdk.Ice.Outputs;
using AlicloudLive.Sdk.Live;
using Pulumi;

namespace AlicloudLive.Sdk.Components
{
    /// <summary>
    /// A live channel: a pull-to-push task ingests a source stream into the ingest domain, a timed ICE job transcodes
    /// it for the play domain over the same window, and (when a VOD transcode group is given) the stream is recorded
    /// to VOD. The children share the channel's window, so changing it follows each child's update rule.
    /// </summary>
    public sealed class LiveChannel : global::Pulumi.ComponentResource
    {
        /// <summary>The rtmp:// URL the source is pushed to and transcoded from.</summary>
        [Output("ingestUrl")]
        public Output<string> IngestUrl { get; private set; } = null!;

        /// <summary>The pull-to-push task's id.</summary>
        [Output("ingestTaskId")]
        public Output<string> IngestTaskId { get; private set; } = null!;

        /// <summary>The transcoding job's id.</summary>
        [Output("transcodeJobId")]
        public Output<string> TranscodeJobId { get; private set; } = null!;

        /// <summary>The transcoded streams.</summary>
        [Output("outputStreams")]
        public Output<ImmutableArray<LiveTranscodeJobOutputStream>> OutputStreams { get; private set; } = null!;

        /// <summary>The record-to-VOD config's id, or null when the channel does not record.</summary>
        [Output("recordConfigId")]
        public Output<string?> RecordConfigId { get; private set; } = null!;

        /// <summary>The ingest task (for options such as dependsOn).</summary>
        public PullToPushTask Ingest { get; }

        /// <summary>The transcoding job.</summary>
        public LiveTranscodeJob Transcode { get; }

        /// <summary>The recording config, when the channel records.</summary>
        public RecordVodConfig? Recording { get; }

        public LiveChannel(string name, LiveChannelArgs args, ComponentResourceOptions? options = null)
            : base("alicloud-live:components:LiveChannel", name, options)
        {
            // An Input may hold null (e.g. from config.Get), so defaults apply to the value, not only to an unset Input.
            var appName = OrDefault(args.AppName, "live");
            var ingestUrl = Output.Format($"rtmp://{args.IngestDomain}/{appName}/{args.StreamName}");
            var child = new CustomResourceOptions { Parent = this };

            Ingest = new PullToPushTask($"{name}-ingest", new PullToPushTaskArgs
            {
                Region = OrDefault(args.Region, "cn-shanghai"),
                SourceType = PullToPushTaskSourceType.Live,
                SourceProtocol = args.SourceProtocol ?? PullToPushTaskSourceProtocol.Rtmp,
                SourceUrls = { args.SourceUrl },
                DstUrl = ingestUrl,
                StartTime = args.StartTime,
                EndTime = args.EndTime,
            }, child);

            Transcode = new LiveTranscodeJob($"{name}-transcode", new LiveTranscodeJobArgs
            {
                TemplateId = args.TranscodeTemplateId,
                StartMode = LiveTranscodeJobStartMode.Timed,
                StreamInput = new LiveTranscodeJobStreamInputArgs { Type = "rtmp", InputUrl = ingestUrl },
                TranscodeOutput = new LiveTranscodeJobTranscodeOutputArgs { Type = "LiveCenter", DomainName = args.PlayDomain },
                TimedConfig = new LiveTranscodeJobTimedConfigArgs { StartTime = args.StartTime, EndTime = args.EndTime },
            }, new CustomResourceOptions { Parent = this, DependsOn = { Ingest } });

            if (args.Recording is { } recording)
            {
                Recording = new RecordVodConfig($"{name}-recording", new RecordVodConfigArgs
                {
                    DomainName = args.IngestDomain,
                    AppName = appName,
                    StreamName = args.StreamName,
                    VodTranscodeGroupId = recording.VodTranscodeGroupId,
                }, child);
            }

            IngestUrl = ingestUrl;
            IngestTaskId = Ingest.TaskId;
            TranscodeJobId = Transcode.JobId;
            OutputStreams = Transcode.OutputStreams;
            RecordConfigId = Recording is null ? Output.Create((string?)null) : Recording.Id.Apply(id => (string?)id);
            RegisterOutputs(new Dictionary<string, object?>
            {
                ["ingestUrl"] = IngestUrl,
                ["ingestTaskId"] = IngestTaskId,
                ["transcodeJobId"] = TranscodeJobId,
                ["outputStreams"] = OutputStreams,
                ["recordConfigId"] = RecordConfigId,
            });
        }

        private static Output<string> OrDefault(Input<string>? value, string fallback) =>
            value is null ? Output.Create(fallback) : value.Apply(v => string.IsNullOrEmpty(v) ? fallback : v);
    }
}
