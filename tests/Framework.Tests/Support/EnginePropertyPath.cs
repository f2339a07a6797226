using System.Globalization;
using System.Text;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Support;

/// <summary>
/// The engine's property-path grammar (pulumi/pulumi sdk/go/common/resource/properties_path.go): names
/// [a-zA-Z_$][a-zA-Z0-9_$]* joined by '.', [N] indexes, and ["key"] in which only \" is an escape (any other
/// backslash is itself). The engine fails the whole deployment on a detailedDiff path this does not parse.
/// </summary>
internal static class EnginePropertyPath
{
    public static IReadOnlyList<object> Parse(string path)
    {
        if (path.Length == 0 || path[0] == '.')
        {
            throw new FormatException($"'{path}': a path starts with a name or an index");
        }

        var elements = new List<object>();
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '.')
            {
                i++;
                if (i == path.Length || path[i] == '[')
                {
                    throw new FormatException($"'{path}': a name must follow '.'");
                }
            }
            else if (path[i] == '[' && i + 1 < path.Length && path[i + 1] == '"')
            {
                var key = new StringBuilder();
                for (i += 2; ;)
                {
                    if (i >= path.Length)
                    {
                        throw new FormatException($"'{path}': missing closing quote");
                    }

                    if (path[i] == '"')
                    {
                        i++;
                        break;
                    }

                    if (path[i] == '\\' && i + 1 < path.Length && path[i + 1] == '"')
                    {
                        key.Append('"');
                        i += 2;
                    }
                    else
                    {
                        key.Append(path[i++]);
                    }
                }

                if (i >= path.Length || path[i] != ']')
                {
                    throw new FormatException($"'{path}': missing closing bracket");
                }

                i++;
                elements.Add(key.ToString());
            }
            else if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0 || !int.TryParse(path.AsSpan(i + 1, close - i - 1), NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    throw new FormatException($"'{path}': invalid array index");
                }

                elements.Add(index);
                i = close + 1;
            }
            else
            {
                var start = i;
                while (i < path.Length && path[i] != '.' && path[i] != '[')
                {
                    i++;
                }

                elements.Add(path[start..i]);
            }
        }

        return elements;
    }

    /// <summary>The value the path names inside the map, or null when it names nothing.</summary>
    public static PropertyValue? Resolve(PropertyMap map, string path)
    {
        PropertyValue? current = new ObjectValue(map);
        foreach (var element in Parse(path))
        {
            current = (SecretValues.Reveal(current!), element) switch
            {
                (ObjectValue o, string key) => o.Properties.GetOrNull(key),
                (ArrayValue a, int index) when index < a.Items.Length => a.Items[index],
                _ => null,
            };
            if (current is null)
            {
                return null;
            }
        }

        return current;
    }
}
