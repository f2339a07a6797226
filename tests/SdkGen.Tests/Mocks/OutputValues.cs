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

    private static async Task<object?> BoxedAsync<T>(Output<T> output) => await ValueAsync(output);
}
