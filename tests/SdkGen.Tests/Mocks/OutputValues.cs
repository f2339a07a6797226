using Pulumi;

namespace AlicloudLive.SdkGen.Tests.Mocks;

/// <summary>Reads an Output's value and secretness after a test run (Pulumi has no public getter for either).</summary>
public static class OutputValues
{
    public static Task<T> ValueAsync<T>(Output<T> output)
    {
        var value = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        output.Apply(v =>
        {
            value.TrySetResult(v);
            return v;
        });
        return value.Task.WaitAsync(TimeSpan.FromSeconds(30));
    }

    /// <summary>The value of a stack output or component output held as an untyped Output.</summary>
    public static async Task<object?> UntypedValueAsync(object? output)
    {
        if (output is null)
        {
            return null;
        }

        var type = output.GetType();
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(Output<>))
        {
            return output;
        }

        var method = typeof(OutputValues).GetMethod(nameof(BoxedAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.GetGenericArguments()[0]);
        return await (Task<object?>)method.Invoke(null, [output])!;
    }

    /// <summary>
    /// What an Output holds, known or not (an unknown one never runs Apply, so <see cref="ValueAsync{T}"/> cannot read
    /// it): Pulumi keeps this in the internal DataTask, read here by reflection.
    /// </summary>
    public static async Task<(object? Value, bool IsKnown, bool IsSecret)> DataAsync(object output)
    {
        ArgumentNullException.ThrowIfNull(output);
        const System.Reflection.BindingFlags Internal = System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance;
        var task = (Task)output.GetType().GetProperty("DataTask", Internal)!.GetValue(output)!;
        await task.WaitAsync(TimeSpan.FromSeconds(30));
        var data = task.GetType().GetProperty("Result")!.GetValue(task)!;
        object? Read(string name) => data.GetType().GetField(name)!.GetValue(data);
        return (Read("Value"), (bool)Read("IsKnown")!, (bool)Read("IsSecret")!);
    }

    private static async Task<object?> BoxedAsync<T>(Output<T> output) => await ValueAsync(output);
}
