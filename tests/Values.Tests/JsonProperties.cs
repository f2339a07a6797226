using System.Text.Json.Nodes;
using AlicloudLive.Values.Tests.Generators;
using PropertyAttribute = FsCheck.NUnit.PropertyAttribute;

namespace AlicloudLive.Values.Tests;

public class JsonProperties
{
    [Property(Arbitrary = [typeof(PlainArbitraries)], MaxTest = 500)]
    public bool Plain_values_survive_a_trip_through_json_text(PropertyValue value)
    {
        var text = PropertyValueJson.ToJson(value)?.ToJsonString() ?? "null";
        return PropertyValueJson.FromJson(JsonNode.Parse(text)).Equals(value);
    }

    [Property(Arbitrary = [typeof(ValueArbitraries)], MaxTest = 300)]
    public bool ToJson_accepts_exactly_the_plain_values(PropertyValue value)
    {
        var plain = ReferenceWalk.Descendants(value).All(d =>
            d is NullValue or BoolValue or StringValue or ArrayValue or ObjectValue || d is NumberValue n && double.IsFinite(n.Value));
        try
        {
            PropertyValueJson.ToJson(value);
            return plain;
        }
        catch (ArgumentException)
        {
            return !plain;
        }
    }
}
