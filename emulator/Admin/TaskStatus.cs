using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Products.Live;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Admin;

/// <summary>
/// Admin extension: what a failing source does to a running pull-to-push task, because real sources fail at random
/// and the provider must report it: Abnormal and back to Running, or SourceFailed, which stops it, as
/// DescribeLivePullToPush says a task stops "when pulling or pushing fails, or when stopped through the API".
/// </summary>
public static class TaskStatus
{
    public static JsonNode Set(StateStore store, string taskId, JsonNode? body)
    {
        var wanted = body is JsonObject o && o["status"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (wanted is not ("Abnormal" or "Running" or "SourceFailed"))
        {
            throw new FormatException("send {\"status\": \"Abnormal\"}, {\"status\": \"Running\"} or {\"status\": \"SourceFailed\"}.");
        }

        return store.Write<JsonNode>((state, now) =>
        {
            var task = state.PullToPushTasks.FirstOrDefault(t => t.TaskId == taskId && t.Exists(now))
                ?? throw new AdminException(404, $"task {taskId} does not exist.");
            if (!task.IsRunning(now))
            {
                throw new AdminException(409, $"task {taskId} is not running (status {(int)task.Status(now)}).");
            }

            if (wanted == "SourceFailed")
            {
                task.StoppedAt = now;
            }

            task.Abnormal = wanted == "Abnormal";
            return PullToPushJson.Render(task, now);
        });
    }
}
