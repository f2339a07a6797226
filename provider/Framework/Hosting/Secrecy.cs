using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Hosting;

/// <summary>Puts secrecy back on what resource code returns: secret-declared properties and anything whose input was secret.</summary>
internal static class Secrecy
{
    public static PropertyMap Apply(PropertyMap outputs, PropertyMap secretSource, IEnumerable<PropertyDefinition> properties)
    {
        var result = SecretValues.SecretOutputsLikeInputs(outputs, secretSource);
        foreach (var p in properties.Where(p => p.Secret && result.ContainsKey(p.Name)))
        {
            result = result.Set(p.Name, SecretValues.MakeSecret(result[p.Name]));
        }

        return result;
    }
}
