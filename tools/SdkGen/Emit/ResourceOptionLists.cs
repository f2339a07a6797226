using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>The property lists MakeResourceOptions carries: secret outputs and replaceOnChanges paths.</summary>
public static class ResourceOptionLists
{
    /// <summary>Wire names of the resource's secret output properties, in schema order.</summary>
    public static IReadOnlyList<string> SecretOutputs(ResourceSpec resource) =>
        resource.Properties.Where(p => p.Secret).Select(p => p.Name).ToList();

    /// <summary>
    /// Paths of replaceOnChanges properties among the outputs, nested ones included, as upstream joins them:
    /// "a.b", an array step as "a[*]", a map step as "a.*".
    /// </summary>
    public static IReadOnlyList<string> ReplaceOnChanges(ResourceSpec resource, Func<string, ObjectTypeSpec> objectType) =>
        Paths(resource.Properties, objectType, [])
            .Select(path => string.Join('.', path.Select(Step)))
            .ToList();

    private static IEnumerable<List<PropertySpec>> Paths(
        IEnumerable<PropertySpec> properties, Func<string, ObjectTypeSpec> objectType, HashSet<string> visiting)
    {
        foreach (var property in properties)
        {
            if (property.ReplaceOnChanges)
            {
                yield return [property];
                continue;
            }

            foreach (var nested in TypePaths(property.Type, objectType, visiting))
            {
                yield return [property, .. nested];
            }
        }
    }

    private static IEnumerable<List<PropertySpec>> TypePaths(
        SchemaType type, Func<string, ObjectTypeSpec> objectType, HashSet<string> visiting)
    {
        switch (type)
        {
            case ArrayType a:
                return TypePaths(a.Items, objectType, visiting);
            case MapType m:
                return TypePaths(m.Values, objectType, visiting);
            case ObjectTypeRef o when visiting.Add(o.Token):
                // A recursive type is walked once; its inner occurrences contribute nothing (upstream warns).
                var paths = Paths(objectType(o.Token).Properties, objectType, visiting).ToList();
                visiting.Remove(o.Token);
                return paths;
            default:
                return [];
        }
    }

    private static string Step(PropertySpec property) => property.Type switch
    {
        ArrayType => property.Name + "[*]",
        MapType => property.Name + ".*",
        _ => property.Name,
    };
}
