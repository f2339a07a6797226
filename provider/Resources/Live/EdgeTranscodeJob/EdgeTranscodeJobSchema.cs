using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using Wire = AlicloudLive.Resources.Live.EdgeTranscodeJob.EdgeTranscodeJobState.Wire;

namespace AlicloudLive.Resources.Live.EdgeTranscodeJob;

/// <summary>The schema of alicloud-live:live:EdgeTranscodeJob: its token, condition and properties (EdgeTranscodeJobModel.cs).</summary>
internal static class EdgeTranscodeJobSchema
{
    public const string Token = "alicloud-live:live:EdgeTranscodeJob";
    public const string Running = "Running";
    public const string NotStarted = "NotStarted";

    /// <summary>The inputs UpdateEdgeTranscodeJob accepts; the API takes them only while the job is not running.</summary>
    public static readonly IReadOnlyList<string> JobSettings = [Wire.Name, Wire.TemplateId, Wire.StreamInput, Wire.StreamOutput];

    /// <summary>
    /// A running job must be stopped before UpdateEdgeTranscodeJob. The provider stops it only when the same change
    /// asks for that (running becomes false); otherwise stopping a live transcode is the user's call, so it replaces.
    /// </summary>
    public static readonly StateCondition NotRunningOrStopping = new(
        "the job is not running, or the same change sets running to false (the job is stopped, then updated)",
        context =>
        {
            if (context.OldOutputs.GetString(Wire.Status) != Running || context.NewInputs.GetBool(Wire.Running) == false)
            {
                return null;
            }

            return "while the job is running (status Running) and running stays true";
        });

    public static readonly IReadOnlyList<PropertyDefinition> Inputs = EdgeTranscodeJobArgs.Definitions();

    public static readonly IReadOnlyList<PropertyDefinition> Outputs = [.. EdgeTranscodeJobState.Definitions(), .. ObjectLocation.Outputs("Live")];
}
