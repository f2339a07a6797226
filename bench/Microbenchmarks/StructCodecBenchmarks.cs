using AlicloudLive.Values;
using BenchmarkDotNet.Attributes;
using Google.Protobuf.WellKnownTypes;

namespace AlicloudLive.Microbenchmarks;

/// <summary>The Struct codec every RPC runs twice or more: a task's outputs (one secret) to and from the wire.</summary>
[MemoryDiagnoser]
public class StructCodecBenchmarks
{
    private readonly PropertyMap _outputs = SampleTask.Outputs("Running");
    private readonly Struct _encoded = StructCodec.Encode(SampleTask.Outputs("Running"));

    [Benchmark]
    public Struct Encode() => StructCodec.Encode(_outputs);

    [Benchmark]
    public PropertyMap Decode() => StructCodec.Decode(_encoded);
}
