using System.Text.RegularExpressions;

namespace AlicloudLive.Values;

/// <summary>Builds property paths in the engine's notation: <c>a.b</c>, <c>a[0]</c>, <c>["x.y"]</c>.</summary>
public static partial class PropertyPath
{
    /// <summary>What an empty path (the value itself) is called in messages.</summary>
    public const string RootLabel = "(root)";

    public static string Key(string parent, string key)
    {
        if (SimpleKey().IsMatch(key))
        {
            return parent.Length == 0 ? key : parent + "." + key;
        }

        // The engine's grammar (properties_path.go) has one escape, \" for a quote; any other backslash is itself.
        return parent + "[\"" + key.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"]";
    }

    /// <summary>
    /// False for a key ending in a backslash: its closing quote would read as an escaped one, so no path in the
    /// engine's grammar names it.
    /// </summary>
    public static bool CanName(string key) => !key.EndsWith('\\');

    /// <summary>The top-level key a path starts with, unquoted: <c>a</c> for <c>a.b[0]</c>, <c>x.y</c> for <c>["x.y"].z</c>.</summary>
    public static string TopLevelKey(string path)
    {
        if (!path.StartsWith("[\"", StringComparison.Ordinal))
        {
            var end = path.IndexOfAny(['.', '[']);
            return end < 0 ? path : path[..end];
        }

        var key = new System.Text.StringBuilder();
        for (var i = 2; i < path.Length && path[i] != '"'; i++)
        {
            var escapedQuote = path[i] == '\\' && i + 1 < path.Length && path[i + 1] == '"';
            key.Append(escapedQuote ? '"' : path[i]);
            i += escapedQuote ? 1 : 0;
        }

        return key.ToString();
    }

    public static string Index(string parent, int index) =>
        parent + "[" + index.ToString(System.Globalization.CultureInfo.InvariantCulture) + "]";

    public static string Display(string path) => path.Length == 0 ? RootLabel : path;

    [GeneratedRegex("^[A-Za-z_$][A-Za-z0-9_$]*$")]
    private static partial Regex SimpleKey();
}
