using AlicloudLive.Cloud;

namespace AlicloudLive.Resources.Common;

/// <summary>Questions resources ask of a cloud error.</summary>
internal static class CloudErrors
{
    /// <summary>True when the error means the object does not exist (its code is one of <paramref name="codes"/>).</summary>
    public static bool IsNotFound(Exception error, params string[] codes) =>
        error is AlibabaCloudException cloud && codes.Contains(cloud.Code, StringComparer.Ordinal);

    /// <summary>True when a create may have been applied although its response never arrived.</summary>
    public static bool OutcomeUnknown(Exception error) => error is AlibabaCloudException { OutcomeUnknown: true };
}
