using System.Diagnostics;

namespace AlicloudLive.PluginDriver;

/// <summary>Engine calls run at most <c>parallel</c> at a time, in order, like the engine's step executor.</summary>
internal static class Load
{
    public static async Task<LoadResult<T>> RunAsync<T>(int count, int parallel, Func<int, Task<T>> call)
    {
        using var slots = new SemaphoreSlim(parallel);
        var failures = new List<Exception>();
        var clock = Stopwatch.StartNew();
        var calls = Enumerable.Range(0, count).Select(async i =>
        {
            await slots.WaitAsync();
            try
            {
                return await call(i);
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                lock (failures)
                {
                    failures.Add(e);
                }

                return default;
            }
            finally
            {
                slots.Release();
            }
        }).ToList();
        var results = await Task.WhenAll(calls);
        return new LoadResult<T>(clock.Elapsed, results.Where(r => r is not null).Select(r => r!).ToList(), failures);
    }
}

/// <summary>How a load went: wall time, what succeeded, and the errors that reached the engine.</summary>
internal sealed record LoadResult<T>(TimeSpan Elapsed, IReadOnlyList<T> Results, IReadOnlyList<Exception> Failures)
{
    public double PerSecond => Results.Count / Elapsed.TotalSeconds;

    public int ThrottlingFailures => Failures.Count(f => f.Message.Contains("Throttling", StringComparison.Ordinal));
}
