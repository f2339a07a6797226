// Hand-written (not generated): the inputs of the LiveChannel component.

using AlicloudLive.Sdk.Live;
using Pulumi;

namespace AlicloudLive.Sdk.Components
{
    /// <summary>
    /// The few high-level inputs of a <see cref="LiveChannel"/>: where the stream comes from, the window it runs in,
    /// where it is published and transcoded, and (optionally) where its recordings go.
    /// </summary>
    public sealed class LiveChannelArgs : global::Pulumi.ResourceArgs
    {
        /// <summary>The live stream the channel pulls in, e.g. rtmp://origin.example.com/live/camera1.</summary>
        [Input("sourceUrl", required: true)]
        public Input<string> SourceUrl { get; set; } = null!;

        /// <summary>The protocol of <see cref="SourceUrl"/>. Defaults to rtmp.</summary>
        [Input("sourceProtocol")]
        public Input<PullToPushTaskSourceProtocol>? SourceProtocol { get; set; }

        /// <summary>The ingest (push) domain the pulled stream is published to.</summary>
        [Input("ingestDomain", required: true)]
        public Input<string> IngestDomain { get; set; } = null!;

        /// <summary>The streaming domain that receives the transcoded streams.</summary>
        [Input("playDomain", required: true)]
        public Input<string> PlayDomain { get; set; } = null!;

        /// <summary>The application name of the channel's stream. Defaults to "live".</summary>
        [Input("appName")]
        public Input<string>? AppName { get; set; }

        /// <summary>The stream name of the channel.</summary>
        [Input("streamName", required: true)]
        public Input<string> StreamName { get; set; } = null!;

        /// <summary>When the channel starts pulling and transcoding, ISO 8601 UTC (within 7 days).</summary>
        [Input("startTime", required: true)]
        public Input<string> StartTime { get; set; } = null!;

        /// <summary>When the channel stops, ISO 8601 UTC: after startTime, at most 7 days later.</summary>
        [Input("endTime", required: true)]
        public Input<string> EndTime { get; set; } = null!;

        /// <summary>The live centre that runs the ingest task. Defaults to cn-shanghai.</summary>
        [Input("region")]
        public Input<string>? Region { get; set; }

        /// <summary>The ICE live transcoding template.</summary>
        [Input("transcodeTemplateId", required: true)]
        public Input<string> TranscodeTemplateId { get; set; } = null!;

        /// <summary>
        /// Where the channel's recordings go; the channel records only when this is set. A plain value (not an
        /// Input), so whether the channel records is known while the program runs, as it must be to register the
        /// record-to-VOD config or not.
        /// </summary>
        public LiveChannelRecordingArgs? Recording { get; set; }

        public LiveChannelArgs()
        {
            SourceProtocol = PullToPushTaskSourceProtocol.Rtmp;
            AppName = "live";
            Region = "cn-shanghai";
        }
    }
}
