using System.Globalization;
using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>A config as DescribeLiveRecordVodConfigs reports it (TranscodeTemplates joined into one string).</summary>
public static class RecordVodConfigJson
{
    public static JsonObject Render(RecordVodConfig c)
    {
        var o = new JsonObject
        {
            ["DomainName"] = c.DomainName,
            ["AppName"] = c.AppName,
            ["StreamName"] = c.StreamName,
            ["CreateTime"] = RpcParameters.FormatTime(c.CreateTime),
            ["VodTranscodeGroupId"] = c.VodTranscodeGroupId,
            ["CycleDuration"] = c.CycleDuration,
            ["OnDemand"] = c.OnDemand,
            ["AutoCompose"] = c.AutoCompose,
            ["FormatConfig"] = c.FormatConfig,
            ["TranscodeTemplates"] = string.Join(',', c.TranscodeTemplates),
            ["RecordFormatList"] = new JsonObject
            {
                ["RecordFormat"] = new JsonArray(c.RecordFormats.Select(f => (JsonNode)RenderFormat(f)).ToArray()),
            },
        };
        SetIfPresent(o, "DelayTime", c.DelayTime);
        SetIfPresent(o, "ComposeVodTranscodeGroupId", c.ComposeVodTranscodeGroupId);
        SetIfPresent(o, "StorageLocation", c.StorageLocation);
        SetIfPresent(o, "SpaceId", c.SpaceId);
        SetIfPresent(o, "RecordContent", c.RecordContent);
        return o;
    }

    private static JsonObject RenderFormat(Dictionary<string, string> format)
    {
        var o = new JsonObject();
        foreach (var (k, v) in format.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            o[k] = k == "SliceDuration" ? int.Parse(v, CultureInfo.InvariantCulture) : v;
        }

        return o;
    }

    private static void SetIfPresent(JsonObject o, string name, JsonNode? value)
    {
        if (value is not null)
        {
            o[name] = value;
        }
    }
}
