using AlicloudLive.Values;

namespace AlicloudLive.Framework.Checking;

/// <summary>A rule a property breaks; <see cref="Property"/> is a path such as <c>timedConfig.endTime</c>.</summary>
public sealed record CheckFailure(string Property, string Reason)
{
    /// <summary>
    /// The failure as the engine shows it: it prints <c>property &lt;top-level key&gt; value … has a problem: &lt;reason&gt;</c>
    /// and looks the key up in the inputs, so a nested path moves to the front of the reason.
    /// </summary>
    public CheckFailure ByTopLevelProperty()
    {
        var key = PropertyPath.TopLevelKey(Property);
        return key == Property || PropertyPath.Key(string.Empty, key) == Property ? this with { Property = key } : new CheckFailure(key, $"{Property} {Reason}");
    }
}
