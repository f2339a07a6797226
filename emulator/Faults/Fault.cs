using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.Faults;

/// <summary>One injected fault: which action it hits, what it does, and how many more calls it affects.</summary>
public sealed class Fault
{
    private static readonly Dictionary<string, FaultKind> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["error"] = FaultKind.Error,
        ["throttle"] = FaultKind.Throttle,
        ["delay"] = FaultKind.Delay,
        ["drop"] = FaultKind.Drop,
        ["commitThenDrop"] = FaultKind.CommitThenDrop,
    };

    public required string Action { get; init; }

    public required FaultKind Kind { get; init; }

    public string Code { get; init; } = "InternalError";

    public int HttpStatus { get; init; } = 500;

    public int DelayMs { get; init; }

    public int Remaining { get; set; } = 1;

    public bool Matches(string action) => Action == "*" || string.Equals(Action, action, StringComparison.Ordinal);

    /// <summary>Parses the admin JSON {"action","kind","code","httpStatus","count","delayMs"}.</summary>
    public static Fault Parse(JsonNode? body)
    {
        if (body is not JsonObject o)
        {
            throw new FormatException("the body must be a JSON object.");
        }

        var kindText = Text(o, "kind") ?? throw new FormatException("\"kind\" is required: error, throttle, delay, drop or commitThenDrop.");
        var fault = new Fault
        {
            Action = Text(o, "action") ?? throw new FormatException("\"action\" is required (an Action name or \"*\")."),
            Kind = Kinds.TryGetValue(kindText, out var kind) ? kind : throw new FormatException($"unknown kind \"{kindText}\"."),
            Code = Text(o, "code") ?? "InternalError",
            HttpStatus = Number(o, "httpStatus") ?? 500,
            DelayMs = Number(o, "delayMs") ?? 0,
            Remaining = Number(o, "count") ?? 1,
        };
        return fault.Remaining < 1 || fault.DelayMs < 0 || fault.HttpStatus is < 400 or > 599
            ? throw new FormatException("count must be ≥ 1, delayMs ≥ 0 and httpStatus 400–599.")
            : fault;
    }

    public JsonObject ToJson() => new()
    {
        ["action"] = Action,
        ["kind"] = Kinds.First(k => k.Value == Kind).Key,
        ["code"] = Code,
        ["httpStatus"] = HttpStatus,
        ["count"] = Remaining,
        ["delayMs"] = DelayMs,
    };

    private static string? Text(JsonObject o, string name) => o[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static int? Number(JsonObject o, string name) =>
        o[name] is JsonValue v && v.TryGetValue<int>(out var n) ? n
        : o[name] is null ? null
        : throw new FormatException($"\"{name}\" must be an integer.");
}
