using System.Reflection;
using Pulumi;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>
/// The inputs of an args class: wire name → the public property users set. Pulumi's codegen puts [Input] on the
/// property, or (for lists, maps and secrets) on a private backing field "_name" behind the property "Name".
/// </summary>
public static class InputMembers
{
    public static IEnumerable<(string Name, PropertyInfo Property)> Of(Type argsType)
    {
        const BindingFlags Instance = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance;
        foreach (var member in argsType.GetMembers(Instance).Where(m => m is PropertyInfo or FieldInfo))
        {
            var input = member.GetCustomAttributesData().FirstOrDefault(a => a.AttributeType == typeof(InputAttribute));
            if (input is null)
            {
                continue;
            }

            var propertyName = member is FieldInfo field ? char.ToUpperInvariant(field.Name[1]) + field.Name[2..] : member.Name;
            var property = argsType.GetProperty(propertyName, BindingFlags.Public | BindingFlags.Instance)
                ?? throw new InvalidOperationException($"{argsType.Name}.{member.Name} has no public property {propertyName}");
            yield return ((string)input.ConstructorArguments[0].Value!, property);
        }
    }
}
