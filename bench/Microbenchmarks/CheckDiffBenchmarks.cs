using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Values;
using BenchmarkDotNet.Attributes;

namespace AlicloudLive.Microbenchmarks;

/// <summary>Check and the diff engine on a pull-to-push task, in-process (no gRPC, no codec): the decisions a preview makes per resource.</summary>
[MemoryDiagnoser]
public class CheckDiffBenchmarks
{
    private static readonly HashSet<string> NoIgnores = [];
    private readonly PropertyMap _inputs = SampleTask.Inputs();
    private readonly PropertyMap _unnamed = SampleTask.Inputs().Remove("taskName");
    private readonly PropertyMap _notStarted = SampleTask.Outputs("NotStarted");
    private readonly PropertyMap _running = SampleTask.Outputs("Running");
    private readonly PropertyMap _newCallback = SampleTask.Inputs().Set("callbackUrl", PropertyValue.From("https://hooks.example.com/other"));
    private readonly PropertyMap _newSource = SampleTask.Inputs("rtmp://source.example.com/app/other");

    /// <summary>Each benchmark measures the case it is named after, not an error path.</summary>
    [GlobalSetup]
    public void VerifyScenarios()
    {
        var failures = Check().Failures;
        if (failures.Count > 0 || DiffNoChange().HasChanges || DiffUpdateInPlace().Replaces.Count > 0 || DiffReplaceWhileRunning().Replaces.Count == 0)
        {
            throw new InvalidOperationException("a benchmark scenario does not do what its name says: " + string.Join("; ", failures.Select(f => $"{f.Property}: {f.Reason}")));
        }
    }

    /// <summary>A new task without a name: defaults, autonaming from the seed, every property and cross-property rule.</summary>
    [Benchmark]
    public CheckOutcome Check() => CheckEngine.Run(
        new CheckInput("task", _unnamed, PropertyMap.Empty, [1, 2, 3], null, SampleTask.Now),
        SampleTask.Token,
        SampleTask.Definition.Inputs,
        SampleTask.Definition.AutoNameProperty,
        SampleTask.Definition.Validate);

    [Benchmark]
    public DiffOutcome DiffNoChange() => Diff(_notStarted, _inputs);

    [Benchmark]
    public DiffOutcome DiffUpdateInPlace() => Diff(_notStarted, _newCallback);

    /// <summary>sourceUrls cannot change while the task runs: a state-dependent replacement with its explanation.</summary>
    [Benchmark]
    public DiffOutcome DiffReplaceWhileRunning() => Diff(_running, _newSource);

    private DiffOutcome Diff(PropertyMap outputs, PropertyMap news) => DiffEngine.Compute(
        SampleTask.Definition.Inputs,
        SampleTask.Definition.Noun,
        new DiffContext(outputs, _inputs, news, SampleTask.Now),
        NoIgnores,
        SampleTask.Definition.DeleteBeforeReplace);
}
