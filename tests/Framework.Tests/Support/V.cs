using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Support;

/// <summary>Short builders for property values, so tests read like the inputs a user writes.</summary>
internal static class V
{
    public static PropertyValue Unknown => new UnknownValue();

    public static PropertyValue Null => PropertyValue.Null;

    public static PropertyValue S(string value) => PropertyValue.From(value);

    public static PropertyValue N(double value) => PropertyValue.From(value);

    public static PropertyValue Secret(PropertyValue inner) => new SecretValue(inner);

    public static PropertyValue Secret(string inner) => new SecretValue(PropertyValue.From(inner));

    public static PropertyValue Arr(params PropertyValue[] items) => new ArrayValue(items);

    public static PropertyValue Obj(params (string Key, PropertyValue Value)[] fields) => new ObjectValue(PropertyMap.Of(fields));

    public static PropertyMap Map(params (string Key, PropertyValue Value)[] fields) => PropertyMap.Of(fields);
}
