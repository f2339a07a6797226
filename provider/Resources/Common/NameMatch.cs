using System.Text.RegularExpressions;

namespace AlicloudLive.Resources.Common;

/// <summary>
/// Which cloud names the same inputs would have produced. An explicit name produces itself; an autoname
/// (<c>&lt;logical name&gt;-&lt;7 hex&gt;</c>) produces any name of that shape, because every deployment draws a
/// fresh randomSeed, so a retried create gets a new suffix.
/// </summary>
internal sealed partial class NameMatch
{
    private readonly Regex? _autoname;

    private NameMatch(string name, string keyword, Regex? autoname)
    {
        Name = name;
        Keyword = keyword;
        _autoname = autoname;
    }

    /// <summary>What to search the cloud's name filter with (it matches name fragments).</summary>
    public string Keyword { get; }

    /// <summary>The name this create sends.</summary>
    public string Name { get; }

    public static NameMatch For(string name, string logicalName)
    {
        var prefix = logicalName + "-";
        var autonamed = name.StartsWith(prefix, StringComparison.Ordinal) && Suffix().IsMatch(name[prefix.Length..]);
        return autonamed
            ? new NameMatch(name, prefix, new Regex("^" + Regex.Escape(prefix) + "[0-9a-f]{7}$", RegexOptions.CultureInvariant))
            : new NameMatch(name, name, null);
    }

    public bool Matches(string? cloudName) =>
        cloudName is not null && (_autoname?.IsMatch(cloudName) ?? cloudName == Name);

    /// <summary>How the match is described in messages.</summary>
    public override string ToString() => _autoname is null ? $"named '{Name}'" : $"named '{Keyword}' followed by 7 hex digits (an autoname of this resource)";

    [GeneratedRegex("^[0-9a-f]{7}$", RegexOptions.CultureInvariant)]
    private static partial Regex Suffix();
}
