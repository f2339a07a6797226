using System.Reflection;
using System.Text.Json;
using Pulumi;
using Pulumi.Testing;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>
/// Runs a C# example program, unchanged, under Pulumi.Testing: the program is compiled with a global
/// <c>Deployment</c> class (<see cref="Shim"/>) that takes precedence over <c>Pulumi.Deployment</c> for the
/// program's simple name lookup and hands its stack function to <c>Deployment.TestAsync</c>. Everything the program
/// does before that call (reading config included) runs as it would under <c>pulumi up</c>.
/// </summary>
public static class ExampleHost
{
    /// <summary>Declares RunAsync with the overloads of Pulumi.Deployment.RunAsync that programs use.</summary>
    public const string Shim = """
        internal static class Deployment
        {
            public static System.Threading.Tasks.Task<int> RunAsync(System.Func<System.Collections.Generic.IDictionary<string, object?>> program) =>
                global::AlicloudLive.SdkGen.Tests.Mocks.ExampleHost.RunAsync(() => System.Threading.Tasks.Task.FromResult(program()));

            public static System.Threading.Tasks.Task<int> RunAsync(System.Func<System.Threading.Tasks.Task<System.Collections.Generic.IDictionary<string, object?>>> program) =>
                global::AlicloudLive.SdkGen.Tests.Mocks.ExampleHost.RunAsync(program);
        }
        """;

    private static readonly AsyncLocal<Run?> Current = new();

    /// <summary>Called by the shim: runs the stack function under the current run's mocks.</summary>
    public static async Task<int> RunAsync(Func<Task<IDictionary<string, object?>>> program)
    {
        var run = Current.Value ?? throw new InvalidOperationException("no example run is in progress");
        var (resources, outputs) = await Pulumi.Deployment.TestAsync(run.Mocks, run.Options, program);
        run.Resources = resources;
        run.Outputs = outputs;
        return 0;
    }

    /// <summary>
    /// Runs the program's entry point with the stack config set as the language host sets it (PULUMI_CONFIG, keys
    /// "project:key"); returns the run, or throws what the program threw.
    /// </summary>
    public static async Task<Run> RunProgramAsync(Assembly program, string project, RecordingMocks mocks, IReadOnlyDictionary<string, string> config)
    {
        var run = new Run(mocks, new TestOptions { ProjectName = project, StackName = "test", IsPreview = false });
        var previous = Environment.GetEnvironmentVariable("PULUMI_CONFIG");
        Environment.SetEnvironmentVariable("PULUMI_CONFIG", JsonSerializer.Serialize(config.ToDictionary(kv => kv.Key.Contains(':', StringComparison.Ordinal) ? kv.Key : $"{project}:{kv.Key}", kv => kv.Value)));
        Current.Value = run;
        try
        {
            var entry = program.EntryPoint ?? throw new InvalidOperationException("the program has no entry point");
            var result = entry.Invoke(null, entry.GetParameters().Length == 0 ? null : [Array.Empty<string>()]);
            var exitCode = result switch
            {
                Task<int> task => await task,
                int code => code,
                _ => 0,
            };
            Assert.That(exitCode, Is.Zero, "the program's exit code");
            return run;
        }
        catch (TargetInvocationException e) when (e.InnerException is not null)
        {
            throw e.InnerException;
        }
        finally
        {
            Current.Value = null;
            Environment.SetEnvironmentVariable("PULUMI_CONFIG", previous);
        }
    }

    public sealed class Run(RecordingMocks mocks, TestOptions options)
    {
        public RecordingMocks Mocks { get; } = mocks;

        public TestOptions Options { get; } = options;

        public System.Collections.Immutable.ImmutableArray<Resource> Resources { get; set; }

        public IDictionary<string, object?> Outputs { get; set; } = new Dictionary<string, object?>();
    }
}
