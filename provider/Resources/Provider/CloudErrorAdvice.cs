using AlicloudLive.Cloud;

namespace AlicloudLive.Resources.Provider;

/// <summary>
/// What the user can do about an error that concerns the caller (its key or its RAM permissions) rather than the
/// object: such an error proves nothing about the object, so refresh and destroy stop on it and say how to fix it.
/// </summary>
internal static class CloudErrorAdvice
{
    /// <summary>The advice for the error's code, or null when the code is about the request or the object.</summary>
    public static string? For(AlibabaCloudException error) => error.Code switch
    {
        var c when IsCredentialCode(c) =>
            "the access key was rejected (deleted, disabled, or paired with another secret or security token): check "
            + "alicloud-live:accessKey, alicloud-live:secretKey and alicloud-live:securityToken, or the environment "
            + "variables or profile they come from (`pulumi-resource-alicloud-live doctor` shows which source is in effect)",
        "OperationDenied" =>
            $"check the RAM permission {error.RamAction} of the key's user or role, and that the service is "
            + "activated for the account (some operations also answer this code when the object is not in a state that allows the call)",
        var c when IsPermissionCode(c) =>
            $"check the RAM permission {error.RamAction} of the key's user or role, and that the service is activated for the account",
        _ => null,
    };

    public static bool IsCredentialCode(string code) =>
        code.StartsWith("InvalidAccessKeyId", StringComparison.OrdinalIgnoreCase)
        || code.StartsWith("InvalidSecurityToken", StringComparison.OrdinalIgnoreCase)
        || code == "SignatureDoesNotMatch";

    public static bool IsPermissionCode(string code) =>
        code.StartsWith("Forbidden", StringComparison.OrdinalIgnoreCase) || code is "OperationDenied" or "NoPermission";
}
