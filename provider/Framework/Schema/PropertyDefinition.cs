using AlicloudLive.Framework.Rules;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Schema;

/// <summary>
/// One property of a resource, object type or the provider configuration: its schema, its validation and
/// (for inputs) its update rule. The definition is the single source for all three.
/// </summary>
public sealed record PropertyDefinition
{
    public PropertyDefinition(string name, TypeRef type, string description)
    {
        Name = name;
        Type = type;
        Description = description;
    }

    /// <summary>The camelCase wire name.</summary>
    public string Name { get; }

    public TypeRef Type { get; }

    /// <summary>What the property means; the schema appends the update rule's sentence to it.</summary>
    public string Description { get; }

    public bool Required { get; init; }

    public bool Secret { get; init; }

    /// <summary>Applied by Check when the user leaves the property out.</summary>
    public PropertyValue? Default { get; init; }

    /// <summary>Provider config only: environment variables consulted when the key is not set.</summary>
    public IReadOnlyList<string> EnvironmentDefaults { get; init; } = [];

    /// <summary>How a change to this input is applied. Not used for outputs or object-type fields.</summary>
    public UpdateRule Rule { get; init; } = UpdateRule.InPlace;

    /// <summary>
    /// The longest string Check accepts (for a list of strings, each item): the API's documented length, else a
    /// bound the description states. The schema description says it. Null only for provider configuration.
    /// </summary>
    public int? MaxLength { get; init; }

    /// <summary>
    /// An enum-like string the cloud may answer in another case (DescribeLivePullToPush answers "RTMP" for "rtmp"):
    /// Check accepts its values in any case and Diff sees no change where only the case differs.
    /// </summary>
    public bool IgnoreCase { get; init; }

    /// <summary>Checks on a known value; each failure names the rule.</summary>
    public IReadOnlyList<Validator> Validators { get; init; } = [];
}
