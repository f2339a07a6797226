using AlicloudLive.Values;

namespace AlicloudLive.Framework.Schema;

/// <summary>Value comparisons the framework needs, seeing through secrets.</summary>
internal static class ValueReading
{
    public static bool IsMissing(PropertyValue? value) => value is null or NullValue;

    public static bool SameValue(PropertyValue? a, PropertyValue? b)
    {
        if (IsMissing(a) && IsMissing(b))
        {
            return true;
        }

        if (a is null || b is null || a.ContainsUnknowns || b.ContainsUnknowns)
        {
            return false;
        }

        return Equals(SecretValues.Reveal(a), SecretValues.Reveal(b));
    }
}
