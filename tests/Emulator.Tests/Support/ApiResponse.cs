using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.Tests.Support;

/// <summary>An RPC answer: HTTP status and JSON body.</summary>
public sealed record ApiResponse(int Status, JsonObject Body)
{
    public string? Code => (string?)Body["Code"];

    public JsonNode this[string name] => Body[name] ?? throw new AssertionException($"{name} missing in {Body.ToJsonString()}");

    public ApiResponse Ok()
    {
        Assert.That(Status, Is.EqualTo(200), Body.ToJsonString());
        return this;
    }

    /// <summary>Asserts the error code and HTTP status.</summary>
    public void Fails(string code, int status)
    {
        Assert.That((Code, Status), Is.EqualTo((code, status)), Body.ToJsonString());
    }

    public override string ToString() => $"{Status} {Body.ToJsonString()}";
}
