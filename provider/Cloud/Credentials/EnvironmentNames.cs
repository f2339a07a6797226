namespace AlicloudLive.Cloud;

/// <summary>Environment variable names the provider and doctor read (the conventions Alibaba Cloud users expect).</summary>
public static class EnvironmentNames
{
    public const string AccessKeyId = "ALIBABA_CLOUD_ACCESS_KEY_ID";
    public const string AccessKeySecret = "ALIBABA_CLOUD_ACCESS_KEY_SECRET";
    public const string SecurityToken = "ALIBABA_CLOUD_SECURITY_TOKEN";
    public const string Profile = "ALIBABA_CLOUD_PROFILE";
    public const string ConfigFile = "ALIBABA_CLOUD_CONFIG_FILE";
    public const string LegacyAccessKey = "ALICLOUD_ACCESS_KEY";
    public const string LegacySecretKey = "ALICLOUD_SECRET_KEY";
    public const string LegacySecurityToken = "ALICLOUD_SECURITY_TOKEN";
    public const string LegacyProfile = "ALICLOUD_PROFILE";
    public const string Region = "ALICLOUD_REGION";
    public const string LiveEndpoint = "ALICLOUD_LIVE_ENDPOINT";
    public const string IceEndpoint = "ALICLOUD_ICE_ENDPOINT";
}
