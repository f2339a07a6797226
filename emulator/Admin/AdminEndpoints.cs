using System.Text.Json;
using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Products.Ice;
using AlicloudLive.Emulator.Products.Live;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace AlicloudLive.Emulator.Admin;

/// <summary>The unsigned JSON admin API under /_emulator/ (health, resources, calls, clock, faults, permissions, access key, reset, task status).</summary>
public static class AdminEndpoints
{
    public static void Map(WebApplication app, EmulatorServices services)
    {
        var store = services.Store;
        app.MapGet("/_emulator/health", (RequestDelegate)(http => Ok(http, new JsonObject { ["status"] = "ok" })));
        app.MapGet("/_emulator/resources", (RequestDelegate)(http => Ok(http, store.Read((state, now) => Resources(state, now, store.Seed)))));
        app.MapGet("/_emulator/calls", (RequestDelegate)(http => Ok(http, services.Calls.ToJson())));
        app.MapPost("/_emulator/clock", (RequestDelegate)(http => WithBodyAsync(http, body =>
        {
            var now = store.SetClock(current => ClockTarget(body, current));
            return new JsonObject { ["now"] = RpcParameters.FormatTime(now) };
        })));
        app.MapPost("/_emulator/faults", (RequestDelegate)(http => WithBodyAsync(http, body =>
        {
            services.Faults.Add(Faults.Fault.Parse(body));
            return new JsonObject { ["faults"] = services.Faults.ToJson() };
        })));
        app.MapGet("/_emulator/faults", (RequestDelegate)(http => Ok(http, new JsonObject { ["faults"] = services.Faults.ToJson() })));
        app.MapDelete("/_emulator/faults", (RequestDelegate)(http => Ok(http, new JsonObject { ["cleared"] = services.Faults.Clear() })));
        app.MapPost("/_emulator/permissions", (RequestDelegate)(http => WithBodyAsync(http, body =>
        {
            var (action, code) = Denial(body);
            services.Access.Deny(action, code);
            return services.Access.ToJson();
        })));
        app.MapDelete("/_emulator/permissions", (RequestDelegate)(http =>
        {
            services.Access.Clear();
            return Ok(http, services.Access.ToJson());
        }));
        app.MapPost("/_emulator/access-key", (RequestDelegate)(http => WithBodyAsync(http, body =>
        {
            services.Access.KeyDeleted = body is JsonObject o && o["deleted"] is JsonValue v && v.TryGetValue<bool>(out var deleted)
                ? deleted
                : throw new FormatException("send {\"deleted\": true} or {\"deleted\": false}.");
            return services.Access.ToJson();
        })));
        app.MapPost("/_emulator/reset", (RequestDelegate)(http =>
        {
            store.Reset();
            services.Access.Clear();
            services.Faults.Clear();
            services.Calls.Clear();
            services.Limiter.Clear();
            return Ok(http, new JsonObject { ["status"] = "ok" });
        }));
        app.MapPost("/_emulator/tasks/{taskId}/status", (RequestDelegate)(http => WithBodyAsync(http, body =>
            TaskStatus.Set(store, (string)http.Request.RouteValues["taskId"]!, body))));
    }

    private static JsonObject Resources(EmulatorState s, DateTimeOffset now, Seed seed) =>
        new()
        {
            ["now"] = RpcParameters.FormatTime(now),
            ["liveTranscodeJobs"] = Array(s.LiveTranscodeJobs.Select(j =>
            {
                var o = IceJobJson.Render(j, now);
                o["Endpoint"] = j.Endpoint;
                return o;
            })),
            ["pullToPushTasks"] = Array(s.PullToPushTasks.Where(t => t.Exists(now)).Select(t =>
            {
                var o = PullToPushJson.Render(t, now);
                o["Region"] = t.Region;
                return o;
            })),
            ["recordVodConfigs"] = Array(s.RecordVodConfigs.Select(RecordVodConfigJson.Render)),
            ["edgeTranscodeJobs"] = Array(s.EdgeTranscodeJobs.Select(j =>
            {
                var o = EdgeJobJson.Render(j);
                o["ClusterId"] = j.ClusterId;
                return o;
            })),
            ["seed"] = seed.ToJson(),
        };

    private static (string Action, string Code) Denial(JsonNode? body) => body is JsonObject o && o["deny"] is JsonValue v && v.TryGetValue<string>(out var action)
        ? (action, o["code"] is JsonValue c && c.TryGetValue<string>(out var code) ? code : "Forbidden")
        : throw new FormatException("send {\"deny\": \"<Action>\" or \"*\", \"code\": \"Forbidden\"}.");

    private static DateTimeOffset ClockTarget(JsonNode? body, DateTimeOffset current) => body switch
    {
        JsonObject o when o["advanceSeconds"] is JsonValue v && v.TryGetValue<double>(out var seconds) => current.AddSeconds(seconds),
        JsonObject o when o["now"] is JsonValue v && v.TryGetValue<string>(out var text)
            && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var now) => now,
        _ => throw new FormatException("send {\"advanceSeconds\": n} or {\"now\": \"2026-01-01T00:00:00Z\"}."),
    };

    private static JsonArray Array(IEnumerable<JsonObject> items) => new(items.Select(i => (JsonNode)i).ToArray());

    private static Task Ok(HttpContext http, JsonNode body) => JsonResponses.WriteAsync(http.Response, 200, body);

    private static async Task WithBodyAsync(HttpContext http, Func<JsonNode?, JsonNode> handle)
    {
        JsonNode result;
        int status;
        try
        {
            var body = await JsonNode.ParseAsync(http.Request.Body, cancellationToken: http.RequestAborted);
            (status, result) = (200, handle(body));
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            (status, result) = (400, new JsonObject { ["error"] = e.Message });
        }
        catch (AdminException e)
        {
            (status, result) = (e.Status, new JsonObject { ["error"] = e.Message });
        }

        await JsonResponses.WriteAsync(http.Response, status, result);
    }
}
