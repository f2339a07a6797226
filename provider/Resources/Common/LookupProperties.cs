using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Common;

/// <summary>Property and value builders shared by the lookups.</summary>
internal static class LookupProperties
{
    /// <summary>An optional string filter that, when given, must not be empty (or must be one of its allowed values).</summary>
    public static PropertyDefinition Filter(string name, string description, params Validator[] validators) =>
        new(name, TypeRef.String, description) { Validators = validators.Length > 0 ? validators : [Validate.NotEmpty()] };

    /// <summary>The ids output of a list lookup: what `pulumi import` and the resources' Get take.</summary>
    public static PropertyDefinition Ids(string what) =>
        new("ids", TypeRef.ArrayOf(TypeRef.String), $"The ids of the {what} found, in the order the cloud lists them.") { Required = true };

    /// <summary>The list output of a list lookup.</summary>
    public static PropertyDefinition Items(string name, ObjectType type, string what) =>
        new(name, TypeRef.ArrayOf(type), $"The {what} found, in the order the cloud lists them (empty when nothing matches).") { Required = true };

    public static PropertyValue Strings(IEnumerable<string> values) => new ArrayValue(values.Select(PropertyValue.From));

    public static PropertyValue Objects(IEnumerable<PropertyMap> items) => new ArrayValue(items.Select(i => (PropertyValue)new ObjectValue(i)));
}
