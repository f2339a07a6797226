using AlicloudLive.Framework.Checking;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Live.EdgeTranscodeJob;

/// <summary>The cross-property rules of CreateEdgeTranscodeJob and UpdateEdgeTranscodeJob.</summary>
internal static class EdgeTranscodeJobValidation
{
    public static IEnumerable<CheckFailure> Check(CheckContext context)
    {
        // A job that pushes to the stream it pulls would feed its own output back in.
        if (context.Inputs.GetOrNull("streamInput") is StringValue input
            && context.Inputs.GetOrNull("streamOutput") is StringValue output
            && string.Equals(input.Value, output.Value, StringComparison.OrdinalIgnoreCase))
        {
            yield return new CheckFailure("streamOutput", "must differ from streamInput: the job would push into the stream it transcodes");
        }
    }
}
