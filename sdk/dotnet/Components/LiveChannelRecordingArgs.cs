// Hand-written (not generated): the recording part of a LiveChannel.

using Pulumi;

namespace AlicloudLive.Sdk.Components
{
    /// <summary>Where a <see cref="LiveChannel"/> records to: its stream is recorded to VOD with this template group.</summary>
    public sealed class LiveChannelRecordingArgs : global::Pulumi.ResourceArgs
    {
        /// <summary>The VOD transcoding template group for recordings.</summary>
        [Input("vodTranscodeGroupId", required: true)]
        public Input<string> VodTranscodeGroupId { get; set; } = null!;
    }
}
