using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>Which object types are used as outputs, inputs and state inputs (transitively), deciding their files.</summary>
public sealed class TypeUsage
{
    private TypeUsage(HashSet<string> outputs, HashSet<string> inputs, HashSet<string> state)
    {
        Outputs = outputs;
        Inputs = inputs;
        State = state;
    }

    public IReadOnlySet<string> Outputs { get; }

    public IReadOnlySet<string> Inputs { get; }

    public IReadOnlySet<string> State { get; }

    public static TypeUsage Of(PackageSpec package)
    {
        HashSet<string> outputs = [], inputs = [], state = [];
        foreach (var resource in package.Resources.Prepend(package.Provider))
        {
            Visit(package, resource.Properties, outputs);
            Visit(package, resource.InputProperties, inputs);
            if (resource.StateInputs is { } stateInputs)
            {
                Visit(package, stateInputs, inputs);
                Visit(package, stateInputs, state);
            }
        }

        foreach (var function in package.Functions)
        {
            Visit(package, function.Outputs ?? [], outputs);
        }

        return new TypeUsage(outputs, inputs, state);
    }

    private static void Visit(PackageSpec package, IEnumerable<PropertySpec> properties, HashSet<string> seen)
    {
        foreach (var property in properties)
        {
            Visit(package, property.Type, seen);
        }
    }

    private static void Visit(PackageSpec package, SchemaType type, HashSet<string> seen)
    {
        switch (type)
        {
            case ArrayType a:
                Visit(package, a.Items, seen);
                break;
            case MapType m:
                Visit(package, m.Values, seen);
                break;
            case ObjectTypeRef o when seen.Add(o.Token):
                Visit(package, package.ObjectTypes[o.Token].Properties, seen);
                break;
        }
    }
}
