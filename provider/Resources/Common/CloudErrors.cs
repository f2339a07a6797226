using AlicloudLive.Cloud;

namespace AlicloudLive.Resources.Common;

/// <summary>Questions resources ask of a cloud error.</summary>
internal static class CloudErrors
{
    /// <summary>
    /// True when the error's code is one of <paramref name="codes"/>: only codes the API pages or SDKs document for
    /// "does not exist". Where none is documented, decide by a lookup (<see cref="GoneByLookupAsync"/>).
    /// </summary>
    public static bool IsNotFound(Exception error, params string[] codes) =>
        error is AlibabaCloudException cloud && codes.Contains(cloud.Code, StringComparer.Ordinal);

    /// <summary>
    /// For a request the cloud rejected with a code that documents nothing: true only when <paramref name="lookup"/>
    /// (a read the API offers) proves the object gone. Otherwise the caller surfaces the cloud's error as it is.
    /// </summary>
    public static async Task<bool> GoneByLookupAsync(Exception error, Func<Task<bool>> lookup)
    {
        ArgumentNullException.ThrowIfNull(lookup);
        return error is AlibabaCloudException { Kind: CloudErrorKind.Client } && await lookup();
    }

    /// <summary>True when a create may have been applied although its response never arrived.</summary>
    public static bool OutcomeUnknown(Exception error) => error is AlibabaCloudException { OutcomeUnknown: true };
}
