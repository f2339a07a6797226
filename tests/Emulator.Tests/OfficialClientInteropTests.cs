using System.Text.Json.Nodes;
using AlicloudLive.TestSupport;

namespace AlicloudLive.Emulator.Tests;

/// <summary>The official npm @alicloud/openapi-client is the oracle: its signed calls must work end to end.</summary>
public sealed class OfficialClientInteropTests
{
    [Test]
    public async Task The_official_client_creates_reads_updates_and_deletes_every_resource_kind_with_V3_and_V2()
    {
        await using var emulator = await EmulatorHost.StartAsync(new EmulatorOptions { AccessKeyId = "interop-id", AccessKeySecret = "interop-secret" });
        var run = await ProcessRun.NodeAsync("emulator/crud.js", [emulator.BaseUrl.ToString(), "interop-id", "interop-secret"], timeout: TimeSpan.FromMinutes(2));
        Assert.That(run.ExitCode, Is.Zero, run.ToString());
        var result = JsonNode.Parse(run.StdOut)!;

        foreach (var signature in new[] { "v3", "v2" })
        {
            var r = result[signature]!;
            Assert.Multiple(() =>
            {
                Assert.That(r["ice"]!.ToJsonString(), Is.EqualTo(new JsonObject
                {
                    ["createdStatus"] = 1,
                    ["outputUrl"] = $"rtmp://live.example.com/app/{signature}_hd",
                    ["updatedName"] = $"renamed-{signature}",
                    ["stoppedStatus"] = 2,
                    ["deleted"] = true,
                    ["afterDelete"] = "JobNotFound",
                }.ToJsonString()), signature);
                Assert.That(r["pullToPush"]!.ToJsonString(), Is.EqualTo(new JsonObject
                {
                    ["createRetCode"] = 0,
                    ["createdStatus"] = 0,
                    ["createdUrls"] = new JsonArray("media-1", "media-2"),
                    ["updatedCallback"] = "https://hooks.example.com/cb",
                    ["updatedRepeat"] = 3,
                    ["deletedRetCode"] = 0,
                    ["afterDelete"] = "CodeTaskNotExist",
                }.ToJsonString()), signature);
                Assert.That(r["recordConfig"]!.ToJsonString(), Is.EqualTo(new JsonObject
                {
                    ["createdTotal"] = "1",
                    ["createdCycle"] = 600,
                    ["transcodeTemplates"] = "lhd,lsd",
                    ["format"] = "m3u8",
                    ["updatedCycle"] = 1200,
                    ["afterDeleteTotal"] = "0",
                }.ToJsonString()), signature);
                Assert.That(r["edge"]!.ToJsonString(), Is.EqualTo(new JsonObject
                {
                    ["createdStatus"] = "0",
                    ["startedStatus"] = "1",
                    ["updatedName"] = $"edge-{signature}-2",
                    ["updatedStatus"] = "0",
                    ["listed"] = true,
                    ["afterDelete"] = "JobNotFound",
                }.ToJsonString()), signature);
            });
        }

        Assert.That((string?)result["tamperedV3"]!["error"], Is.EqualTo("SignatureDoesNotMatch"));
        Assert.That((string?)result["tamperedV2"]!["error"], Is.EqualTo("SignatureDoesNotMatch"));
        Assert.That((int?)result["tamperedV3"]!["statusCode"], Is.EqualTo(403));
    }
}
