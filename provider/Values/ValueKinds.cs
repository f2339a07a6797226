namespace AlicloudLive.Values;

/// <summary>Names a value's kind for messages, without ever showing the value.</summary>
internal static class ValueKinds
{
    public static string Describe(PropertyValue value) => value switch
    {
        NullValue => "null",
        BoolValue => "a bool",
        NumberValue => "a number",
        StringValue => "a string",
        ArrayValue => "an array",
        ObjectValue => "an object",
        SecretValue => "a secret",
        UnknownValue => "an unknown value",
        ResourceReferenceValue => "a resource reference",
        OutputValue => "an output value",
        OpaqueSpecialValue o when o.Signature == SpecialSignatures.Archive => "an archive",
        OpaqueSpecialValue => "an asset",
        _ => value.GetType().Name,
    };

    public static string Describe(Google.Protobuf.WellKnownTypes.Value value) => value.KindCase switch
    {
        Google.Protobuf.WellKnownTypes.Value.KindOneofCase.NullValue => "null",
        Google.Protobuf.WellKnownTypes.Value.KindOneofCase.BoolValue => "a bool",
        Google.Protobuf.WellKnownTypes.Value.KindOneofCase.NumberValue => "a number",
        Google.Protobuf.WellKnownTypes.Value.KindOneofCase.StringValue => "a string",
        Google.Protobuf.WellKnownTypes.Value.KindOneofCase.ListValue => "a list",
        Google.Protobuf.WellKnownTypes.Value.KindOneofCase.StructValue => "an object",
        _ => "a value with no kind",
    };
}
