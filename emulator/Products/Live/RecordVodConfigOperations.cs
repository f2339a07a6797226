using System.Text.Json.Nodes;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.State;

namespace AlicloudLive.Emulator.Products.Live;

/// <summary>Live record-to-VOD configs, keyed by DomainName + AppName + StreamName: Add, Update, Delete, Describe.</summary>
public static class RecordVodConfigOperations
{
    // 1,000 calls a minute for every operation: the Chinese pages of Describe and Delete say per minute where the
    // English and Indonesian copies say per second; the stricter reading is the one a client must live with.
    private static readonly RateLimit Quota = RateLimit.PerMinute(1000);
    private static readonly string[] AddOnly = ["RecordContent", "SpaceId", "StorageLocation"];

    public static IEnumerable<Operation> All() =>
    [
        new("AddLiveRecordVodConfig", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Add),
        new("UpdateLiveRecordVodConfig", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Update),
        new("DeleteLiveRecordVodConfig", ApiVersions.Live, Mutates: true, Limit: Quota, Handle: Delete),
        new("DescribeLiveRecordVodConfigs", ApiVersions.Live, Mutates: false, Limit: Quota, Handle: Describe),
    ];

    private static JsonObject Add(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var (domain, app, stream) = Key(ctx);
        var config = new RecordVodConfig
        {
            DomainName = domain,
            AppName = app,
            StreamName = stream,
            CreateTime = ctx.Now,
            VodTranscodeGroupId = RecordVodConfigSettings.RequireGroup(ctx.Seed, "VodTranscodeGroupId", p.Required("VodTranscodeGroupId")),
            StorageLocation = p.Optional("StorageLocation"),
            SpaceId = p.Optional("SpaceId"),
        };
        RecordVodConfigSettings.Apply(config, p, ctx.Seed, RecordVodConfigSettings.AddOnDemandModes);
        config.FormatConfig = FormatConfig(p) ?? false;
        if (ctx.State.RecordVodConfigs.Any(c => c.HasKey(domain, app, stream)))
        {
            throw new ApiException(400, "ConfigAlreadyExists", $"A record config for {domain}/{app}/{stream} already exists.");
        }

        ctx.State.RecordVodConfigs.Add(config);
        return [];
    }

    private static JsonObject Update(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var (domain, app, stream) = Key(ctx);
        foreach (var name in AddOnly.Where(p.Has))
        {
            throw ApiException.Invalid(name, "it cannot be updated; only AddLiveRecordVodConfig sets it.");
        }

        var index = ctx.State.RecordVodConfigs.FindIndex(c => c.HasKey(domain, app, stream));
        if (index < 0)
        {
            // The record-to-VOD pages document no code for this; the common InvalidParameter is the plausible answer.
            throw ApiException.Invalid("DomainName/AppName/StreamName", $"no live-to-VOD config exists for {domain}/{app}/{stream}.");
        }

        var updated = ctx.State.RecordVodConfigs[index].Copy();
        RecordVodConfigSettings.Apply(updated, p, ctx.Seed, RecordVodConfigSettings.UpdateOnDemandModes);
        updated.FormatConfig = FormatConfig(p) ?? updated.FormatConfig;
        ctx.State.RecordVodConfigs[index] = updated;
        return [];
    }

    /// <summary>FormatConfig, a boolean the SDKs send as true/false.</summary>
    private static bool? FormatConfig(RpcParameters p) => p.Optional("FormatConfig") switch
    {
        null => null,
        "true" => true,
        "false" => false,
        var other => throw ApiException.Invalid("FormatConfig", $"\"{other}\" is not true or false."),
    };

    // Deleting a config that does not exist succeeds: deletes are idempotent here.
    private static JsonObject Delete(OperationContext ctx)
    {
        var (domain, app, stream) = Key(ctx);
        ctx.State.RecordVodConfigs.RemoveAll(c => c.HasKey(domain, app, stream));
        return [];
    }

    private static JsonObject Describe(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var domain = p.Required("DomainName");
        var app = p.Optional("AppName");
        var stream = p.Optional("StreamName");
        var paging = Paging.Read(p, "PageNum", "PageSize", 10, 5, 100);
        var matches = ctx.State.RecordVodConfigs
            .Where(c => c.DomainName == domain && (app is null || c.AppName == app) && (stream is null || c.StreamName == stream))
            .ToList();
        return new JsonObject
        {
            ["PageNum"] = paging.Number,
            ["PageSize"] = paging.Size,
            ["Total"] = matches.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["LiveRecordVodConfigs"] = new JsonObject
            {
                ["LiveRecordVodConfig"] = new JsonArray(paging.Apply(matches).Select(c => (JsonNode)RecordVodConfigJson.Render(c)).ToArray()),
            },
        };
    }

    private static (string Domain, string App, string Stream) Key(OperationContext ctx)
    {
        var p = ctx.Parameters;
        var domain = p.Required("DomainName");
        var app = p.Required("AppName");
        var stream = p.Optional("StreamName") ?? "";
        return ctx.Seed.LiveDomains.Contains(domain)
            ? (domain, app, stream)
            : throw new ApiException(404, "InvalidDomain.NotFound", "The domain provided does not belong to you.");
    }
}
