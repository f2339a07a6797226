using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Definitions;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>
/// What identifies a record-to-VOD config: DomainName + AppName + StreamName ("" = the whole app). The resource id
/// is <c>&lt;domainName&gt;/&lt;appName&gt;/&lt;streamName&gt;</c>, so a whole-app config's id ends with '/'.
/// </summary>
internal sealed record RecordVodConfigKey(string DomainName, string AppName, string StreamName)
{
    public string Id => $"{DomainName}/{AppName}/{StreamName}";

    /// <summary>The StreamName parameter: not sent for the whole app, as an SDK caller who leaves it out would.</summary>
    public string? StreamParameter => StreamName.Length == 0 ? null : StreamName;

    /// <summary>Reads an id or an import id; for the whole app the trailing '/' may be left out.</summary>
    public static RecordVodConfigKey Parse(string id)
    {
        var parts = id.Split('/');
        return parts switch
        {
            [var domain, var app] when domain.Length > 0 && app.Length > 0 => new(domain, app, ""),
            [var domain, var app, var stream] when domain.Length > 0 && app.Length > 0 => new(domain, app, stream),
            _ => throw ProviderException.InvalidArgument($"'{id}' is not a record-to-VOD config id: expected <domainName>/<appName>/<streamName>, or <domainName>/<appName>/ for the config of a whole app"),
        };
    }

    public bool Matches(LiveRecordVodConfig config) =>
        config.DomainName == DomainName && config.AppName == AppName && config.StreamName == StreamName;

    public override string ToString() => StreamName.Length == 0 ? $"{DomainName}/{AppName} (the whole app)" : $"{DomainName}/{AppName}/{StreamName}";
}
