using System.Reflection;
using Pulumi;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>Compares what a program registered with schema.json, and reads back the outputs the SDK declares.</summary>
public static class RegistrationChecks
{
    /// <summary>Every way a registration differs from the schema: unknown type, unknown input, input of the wrong JSON type.</summary>
    public static IEnumerable<string> Problems(SchemaFacts schema, Registration registration)
    {
        var type = registration.Args.Type ?? "";
        var name = registration.Args.Name;
        if (type != SchemaFacts.ProviderToken && !schema.IsResource(type))
        {
            yield return $"{name}: type {type} is not in the schema";
            yield break;
        }

        var inputs = schema.Inputs(type);
        foreach (var (input, value) in registration.Args.Inputs)
        {
            if (!inputs.TryGetValue(input, out var spec))
            {
                yield return $"{name} ({type}): input '{input}' is not in the schema";
                continue;
            }

            var mismatch = type == SchemaFacts.ProviderToken ? schema.ProviderMismatch(input, value, spec) : schema.Mismatch(input, value, spec);
            if (mismatch is not null)
            {
                yield return $"{name} ({type}): {mismatch}";
            }
        }
    }

    /// <summary>The [Output] properties of a resource object: wire name → resolved value.</summary>
    public static async Task<IReadOnlyDictionary<string, object?>> OutputsOf(Resource resource)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in resource.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<OutputAttribute>() is { Name: { } name } && name is not "urn" and not "id")
            {
                values[name] = await OutputValues.UntypedValueAsync(property.GetValue(resource));
            }
        }

        return values;
    }

    /// <summary>The wire names of the inputs of an args object that hold a secret Output.</summary>
    public static async Task<IReadOnlySet<string>> SecretInputs(ResourceArgs args)
    {
        var secrets = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, property) in InputMembers.Of(args.GetType()))
        {
            if (property.GetValue(args) is { } value && await IsSecretAsync(value))
            {
                secrets.Add(name);
            }
        }

        return secrets;
    }

    private static async Task<bool> IsSecretAsync(object input)
    {
        var type = input.GetType();
        while (type is not null && !(type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Input<>)))
        {
            type = type.BaseType;
        }

        if (type is null)
        {
            return false;
        }

        var element = type.GetGenericArguments()[0];
        var output = typeof(InputExtensions).GetMethod(nameof(InputExtensions.ToOutput))!.MakeGenericMethod(element).Invoke(null, [input]);
        var isSecret = typeof(Output).GetMethod(nameof(Output.IsSecretAsync))!.MakeGenericMethod(element).Invoke(null, [output]);
        return await (Task<bool>)isSecret!;
    }
}
