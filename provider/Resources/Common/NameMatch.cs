using AlicloudLive.Framework.Checking;

namespace AlicloudLive.Resources.Common;

/// <summary>
/// Which cloud names the same inputs would have produced. An explicit name produces itself; an autoname
/// (<c>&lt;logical name&gt;-&lt;7 hex&gt;</c>) produces any name of that shape, because every deployment draws a
/// fresh randomSeed, so a retried create gets a new suffix.
/// </summary>
internal sealed class NameMatch
{
    /// <summary>The logical name when the name is an autoname of it; otherwise null.</summary>
    private readonly string? _logicalName;

    private NameMatch(string name, string keyword, string? logicalName)
    {
        Name = name;
        Keyword = keyword;
        _logicalName = logicalName;
    }

    /// <summary>What to search the cloud's name filter with (it matches name fragments).</summary>
    public string Keyword { get; }

    /// <summary>The name this create sends.</summary>
    public string Name { get; }

    public static NameMatch For(string name, string logicalName) =>
        Autonamer.IsAutonameOf(name, logicalName)
            ? new NameMatch(name, logicalName + "-", logicalName)
            : new NameMatch(name, name, null);

    public bool Matches(string? cloudName) =>
        cloudName is not null && (_logicalName is null ? cloudName == Name : Autonamer.IsAutonameOf(cloudName, _logicalName));

    /// <summary>How the match is described in messages.</summary>
    public override string ToString() => _logicalName is null ? $"named '{Name}'" : $"named '{Keyword}' followed by 7 hex digits (an autoname of this resource)";
}
