using System.Collections.Concurrent;
using System.Collections.Immutable;
using Pulumi.Testing;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>One resource registration as the mocks received it, with when it started and finished.</summary>
public sealed record Registration(MockResourceArgs Args, int StartedAt, int FinishedAt);

/// <summary>
/// Pulumi mocks standing in for the engine: each registration is recorded, answered with an id and its inputs plus a
/// sample value for every output the schema declares, and resource types listed in <see cref="SlowTypes"/> answer
/// late (so that a resource that depends on one can be seen to wait for it).
/// </summary>
public sealed class RecordingMocks(SchemaFacts schema) : IMocks
{
    private readonly ConcurrentQueue<Registration> _registrations = new();
    private readonly ConcurrentQueue<MockCallArgs> _calls = new();
    private int _clock;

    public HashSet<string> SlowTypes { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<Registration> Registrations => [.. _registrations.OrderBy(r => r.StartedAt)];

    public IReadOnlyList<MockCallArgs> Calls => [.. _calls];

    /// <summary>What a function call answers, by token (the call's args are echoed when none is set).</summary>
    public Dictionary<string, Func<MockCallArgs, object>> CallResults { get; } = new(StringComparer.Ordinal);

    public async Task<(string? id, object state)> NewResourceAsync(MockResourceArgs args)
    {
        var started = Interlocked.Increment(ref _clock);
        if (SlowTypes.Contains(args.Type ?? ""))
        {
            await Task.Delay(TimeSpan.FromMilliseconds(200));
        }

        var state = args.Inputs.ToBuilder();
        foreach (var (name, type) in schema.Outputs(args.Type ?? ""))
        {
            if (!state.ContainsKey(name))
            {
                state[name] = schema.Sample(type);
            }
        }

        _registrations.Enqueue(new Registration(args, started, Interlocked.Increment(ref _clock)));
        // Id is the import id, "" when not importing; an empty id would leave the resource's Id unknown.
        return (string.IsNullOrEmpty(args.Id) ? $"{args.Name}-id" : args.Id, state.ToImmutable());
    }

    public Task<object> CallAsync(MockCallArgs args)
    {
        _calls.Enqueue(args);
        return Task.FromResult(CallResults.TryGetValue(args.Token ?? "", out var answer) ? answer(args) : (object)args.Args);
    }
}
