using AlicloudLive.Values;

namespace AlicloudLive.Framework.Diffing;

/// <summary>Finds the changed leaf paths between two values, in the engine's path syntax (<c>a.b</c>, <c>a[0]</c>, <c>["x.y"]</c>).</summary>
internal static class PathDiffer
{
    public static void Collect(string path, PropertyValue? oldValue, PropertyValue? newValue, List<(string Path, PathChangeKind Kind)> into)
    {
        var o = Normalize(oldValue);
        var n = Normalize(newValue);
        if (o is null && n is null)
        {
            return;
        }

        if (o is null)
        {
            into.Add((path, PathChangeKind.Add));
            return;
        }

        if (n is null)
        {
            into.Add((path, PathChangeKind.Delete));
            return;
        }

        if (!n.ContainsUnknowns && Equals(o, n))
        {
            return;
        }

        // Structures are compared child by child; when no child differs (e.g. only a null field became absent),
        // the structure has not changed.
        if (o is ObjectValue oo && n is ObjectValue no)
        {
            var keys = oo.Properties.Keys.Union(no.Properties.Keys).Order(StringComparer.Ordinal).ToList();
            if (keys.Any(k => !PropertyPath.CanName(k) && !Same(oo.Properties.GetOrNull(k), no.Properties.GetOrNull(k))))
            {
                // A changed key no engine path can name: the structure is reported whole (a wrong path fails the deployment).
                into.Add((path, PathChangeKind.Update));
                return;
            }

            foreach (var key in keys)
            {
                Collect(PropertyPath.Key(path, key), oo.Properties.GetOrNull(key), no.Properties.GetOrNull(key), into);
            }
        }
        else if (o is ArrayValue oa && n is ArrayValue na && oa.Items.Length == na.Items.Length)
        {
            for (var i = 0; i < oa.Items.Length; i++)
            {
                Collect($"{path}[{i}]", oa.Items[i], na.Items[i], into);
            }
        }
        else
        {
            into.Add((path, PathChangeKind.Update));
        }
    }

    /// <summary>The path of a top-level property.</summary>
    public static string Root(string key) => PropertyPath.Key(string.Empty, key);

    private static bool Same(PropertyValue? oldValue, PropertyValue? newValue)
    {
        var o = Normalize(oldValue);
        var n = Normalize(newValue);
        return o is null ? n is null : n is not null && !n.ContainsUnknowns && Equals(o, n);
    }

    /// <summary>Secrets compare by their content; null and absent are the same.</summary>
    private static PropertyValue? Normalize(PropertyValue? value) =>
        value is null or NullValue ? null : SecretValues.Reveal(value);
}
