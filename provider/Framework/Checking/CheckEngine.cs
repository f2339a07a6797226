using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Checking;

/// <summary>What Check was asked: the new and old inputs as the engine sent them (secrets wrapped).</summary>
public sealed record CheckInput(
    string LogicalName,
    PropertyMap News,
    PropertyMap Olds,
    byte[] RandomSeed,
    AutonamingOptions? Autonaming,
    DateTimeOffset Now);

/// <summary>Check's answer: the inputs to record (defaults and autoname applied, secrets kept) and the failures.</summary>
public sealed record CheckOutcome(PropertyMap Inputs, IReadOnlyList<CheckFailure> Failures);

/// <summary>Applies defaults and autonaming, then every property rule and the resource's cross-property rules. No cloud call.</summary>
public static class CheckEngine
{
    public static CheckOutcome Run(
        CheckInput input,
        string owner,
        IReadOnlyList<PropertyDefinition> properties,
        string? autoNameProperty,
        Func<CheckContext, IEnumerable<CheckFailure>> validate)
    {
        var failures = new List<CheckFailure>();
        var inputs = WithDefaults(properties, ReferenceIds.Resolve(properties, input.News));

        if (autoNameProperty is not null && ValueReading.IsMissing(inputs.GetOrNull(autoNameProperty)))
        {
            var kept = input.Olds.GetOrNull(autoNameProperty);
            if (!ValueReading.IsMissing(kept))
            {
                inputs = inputs.Set(autoNameProperty, kept!);
            }
            else if (Autonamer.Name(input.LogicalName, input.RandomSeed, input.Autonaming, out var why) is { } name)
            {
                inputs = inputs.Set(autoNameProperty, PropertyValue.From(name));
            }
            else
            {
                failures.Add(new CheckFailure(autoNameProperty, why!));
            }
        }

        TypeChecker.CheckProperties(string.Empty, properties, inputs, owner, failures, rejectUnknownKeys: true);
        if (failures.Count == 0)
        {
            var context = new CheckContext(SecretValues.Reveal(inputs), SecretValues.Reveal(input.Olds), input.Now);
            failures.AddRange(validate(context));
        }

        return new CheckOutcome(inputs, failures);
    }

    /// <summary>Fills defaults, also inside object-typed values, so a recorded value and a written one compare equal.</summary>
    private static PropertyMap WithDefaults(IReadOnlyList<PropertyDefinition> properties, PropertyMap values)
    {
        foreach (var p in properties)
        {
            var value = values.GetOrNull(p.Name);
            if (ValueReading.IsMissing(value) && p.Default is not null)
            {
                values = values.Set(p.Name, p.Default);
            }
            else if (value is ObjectValue obj && p.Type is ObjectType type)
            {
                values = values.Set(p.Name, new ObjectValue(WithDefaults(type.Properties, obj.Properties)));
            }
        }

        return values;
    }
}
