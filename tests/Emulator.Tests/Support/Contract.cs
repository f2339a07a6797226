using System.Text.Json.Nodes;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Emulator.Tests.Support;

/// <summary>docs/reference/alibaba-contract.json: what the official SDKs define for every operation.</summary>
public static class Contract
{
    private static readonly Lazy<JsonObject> Operations = new(() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "reference", "alibaba-contract.json")))!["operations"]!.AsObject());

    /// <summary>Every operation the API has (those marked "exists": false left out).</summary>
    public static IEnumerable<string> ExistingOperations =>
        Operations.Value.Where(o => (bool?)o.Value!["exists"] != false).Select(o => o.Key);

    public static bool Exists(string action) => Operations.Value[action] is { } o && (bool?)o["exists"] != false;

    public static JsonObject Operation(string action) =>
        Operations.Value[action]?.AsObject() ?? throw new AssertionException($"{action} is not in alibaba-contract.json");

    public static string MethodOf(string action) => (string)Operation(action)["method"]!;

    public static string VersionOf(string action) => (string)Operation(action)["version"]!;

    /// <summary>The response fields: path (Name, Parent.Child, List[].Child) → JSON type (string, integer, object, …).</summary>
    public static IReadOnlyDictionary<string, string> ResponseFields(string action) =>
        Operation(action)["response"]!.AsArray().ToDictionary(f => (string)f!["path"]!, f => (string)f!["type"]!, StringComparer.Ordinal);
}
