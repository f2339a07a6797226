using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Values.Tests;

/// <summary>Builds Structs from JSON text, the way an engine's message would carry them.</summary>
internal static class Wire
{
    public static Struct Parse(string json) => JsonParser.Default.Parse<Struct>(json);

    public static PropertyMap Decode(string json) => StructCodec.Decode(Parse(json));
}
