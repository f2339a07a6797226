using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Products.Live;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Admin;

/// <summary>
/// Admin extension: put a running pull-to-push task into Abnormal (2) and back to Running (1), because
/// real sources fail at random and the provider must report it.
/// </summary>
public static class TaskStatus
{
    public static JsonNode Set(StateStore store, string taskId, JsonNode? body)
    {
        var wanted = body is JsonObject o && o["status"] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        if (wanted is not ("Abnormal" or "Running"))
        {
            throw new FormatException("send {\"status\": \"Abnormal\"} or {\"status\": \"Running\"}.");
        }

        return store.Write<JsonNode>((state, now) =>
        {
            var task = state.PullToPushTasks.FirstOrDefault(t => t.TaskId == taskId && t.Exists(now))
                ?? throw new AdminException(404, $"task {taskId} does not exist.");
            if (task.Status(now) is not (1 or 2))
            {
                throw new AdminException(409, $"task {taskId} is not running (status {task.Status(now)}).");
            }

            task.Abnormal = wanted == "Abnormal";
            return PullToPushJson.Render(task, now);
        });
    }
}
