using AlicloudLive.Cloud;

namespace AlicloudLive.Resources.Common;

/// <summary>Questions resources ask of a cloud error.</summary>
internal static class CloudErrors
{
    /// <summary>
    /// True when the error's code is one of <paramref name="codes"/>: only codes the API pages document for "does not
    /// exist" on that operation. Where none is documented, only a listing can prove absence (<see cref="AbsentFromListingAsync"/>).
    /// </summary>
    public static bool IsNotFound(Exception error, params string[] codes) =>
        error is AlibabaCloudException cloud && codes.Contains(cloud.Code, StringComparer.Ordinal);

    /// <summary>
    /// True only when <paramref name="listedAbsent"/> (a read that lists where the object would be) succeeds and does
    /// not show it. A listing that fails proves nothing, whatever its code: the caller surfaces its own error.
    /// </summary>
    public static async Task<bool> AbsentFromListingAsync(Func<Task<bool>> listedAbsent)
    {
        ArgumentNullException.ThrowIfNull(listedAbsent);
        try
        {
            return await listedAbsent();
        }
        catch (AlibabaCloudException)
        {
            return false;
        }
    }

    /// <summary>True when a create may have been applied although its response never arrived.</summary>
    public static bool OutcomeUnknown(Exception error) => error is AlibabaCloudException { OutcomeUnknown: true };
}
