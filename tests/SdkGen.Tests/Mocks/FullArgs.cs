using System.Collections;
using System.Reflection;
using Pulumi;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>
/// Builds an args object with every [Input] property set to a sample of its C# type (nested args filled the same
/// way, lists and maps with one entry), so that a registration carries every input the SDK can send.
/// </summary>
public static class FullArgs
{
    public static T Create<T>()
        where T : InputArgs => (T)Create(typeof(T));

    private static object Create(Type argsType)
    {
        var args = Activator.CreateInstance(argsType)!;
        foreach (var (_, property) in InputMembers.Of(argsType))
        {
            property.SetValue(args, InputOf(property.PropertyType));
        }

        return args;
    }

    /// <summary>A value for an Input&lt;T&gt;, InputList&lt;T&gt; or InputMap&lt;T&gt; property.</summary>
    private static object InputOf(Type inputType)
    {
        var generic = inputType.GetGenericTypeDefinition();
        var element = inputType.GetGenericArguments()[0];
        if (generic == typeof(InputList<>))
        {
            var list = Activator.CreateInstance(inputType)!;
            var items = Array.CreateInstance(typeof(Input<>).MakeGenericType(element), 1);
            items.SetValue(InputOf(typeof(Input<>).MakeGenericType(element)), 0);
            inputType.GetMethod("Add", [items.GetType()])!.Invoke(list, [items]);
            return list;
        }

        if (generic == typeof(InputMap<>))
        {
            var map = Activator.CreateInstance(inputType)!;
            inputType.GetMethod("Add", [typeof(string), typeof(Input<>).MakeGenericType(element)])!.Invoke(map, ["key", InputOf(typeof(Input<>).MakeGenericType(element))]);
            return map;
        }

        var implicitFromValue = inputType.GetMethods(BindingFlags.Public | BindingFlags.Static)
            .First(m => m.Name == "op_Implicit" && m.ReturnType == inputType && m.GetParameters()[0].ParameterType == element);
        return implicitFromValue.Invoke(null, [Sample(element)])!;
    }

    private static object Sample(Type type) => type switch
    {
        _ when type == typeof(string) => "sample",
        _ when type == typeof(int) => 1,
        _ when type == typeof(double) => 1.5,
        _ when type == typeof(bool) => true,
        _ when type.GetCustomAttribute<EnumTypeAttribute>() is not null =>
            type.GetProperties(BindingFlags.Public | BindingFlags.Static).First(p => p.PropertyType == type).GetValue(null)!,
        _ when type.IsEnum => Enum.GetValues(type).GetValue(0)!,
        _ when typeof(InputArgs).IsAssignableFrom(type) => Create(type),
        _ when typeof(IEnumerable).IsAssignableFrom(type) => throw new NotSupportedException($"no sample for {type}"),
        _ => throw new NotSupportedException($"no sample for {type}"),
    };
}
