using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.RecordVodConfig.RecordVodConfigMapping;

namespace AlicloudLive.Resources.Live.RecordVodConfig;

/// <summary>A Live record-to-VOD config (API 2016-11-01); id = &lt;domainName&gt;/&lt;appName&gt;/&lt;streamName&gt;.</summary>
internal sealed class RecordVodConfigResource : ResourceDefinition<AlibabaCloudClient>
{
    private static readonly string[] AlreadyExists = ["ConfigAlreadyExists", "CommomLiveRcordConfigExisted"];

    public override string Token => RecordVodConfigSchema.Token;

    public override string Description =>
        "An ApsaraVideo Live record-to-VOD config: records the live streams of one app on a streaming domain (or one "
        + "stream of it) and stores the recordings in ApsaraVideo VOD. The domain, app and stream names are its key and "
        + "its id (<domainName>/<appName>/<streamName>, ending with '/' for a whole app); there is one config per key.";

    public override string Noun => "config";

    public override IReadOnlyList<PropertyDefinition> Inputs => RecordVodConfigSchema.Inputs;

    public override IReadOnlyList<PropertyDefinition> Outputs => RecordVodConfigSchema.Outputs;

    public override IEnumerable<CheckFailure> Validate(CheckContext context) => RecordVodConfigValidation.Check(context);

    /// <summary>A replacement with the same key would be refused (ConfigAlreadyExists) while the old config exists.</summary>
    public override bool DeleteBeforeReplace(DiffContext context) => !RecordVodConfigSchema.KeyProperties.Any(context.Changed);

    public override async Task<CreateResult> CreateAsync(AlibabaCloudClient client, CreateContext context)
    {
        var args = RecordVodConfigArgs.From(context.Inputs);
        var request = Add(args);
        var key = args.Key;
        var ct = context.CancellationToken;
        var creates = new InterruptedCreates(context, Token, "AddLiveRecordVodConfig", Noun, "added");
        // The key is unique, so after a lost answer the config found under it is the one the lost Add made, unless its
        // settings differ from these inputs (then something else may have made it), and adding again cannot duplicate.
        await creates.SendAsync(
            async token =>
            {
                await AddAsync(client, request, key, creates, token);
                return key.Id;
            },
            async token => await FindAsync(client, key, token) is { } found ? AdoptableId(found) : null,
            _ => context.Inputs);

        // The found config's id when its settings are these inputs'; otherwise a refusal naming what differs.
        string AdoptableId(LiveRecordVodConfig found) =>
            Differences(context.Inputs, Outputs(found).ToMap()) is { Count: > 0 } differences
                ? throw ProviderException.OutcomeUnknown($"the config for {key} now differs from this resource's inputs in {string.Join(", ", differences)}, "
                    + $"so it may not be the one this create added; inspect it, then either import it with {ImportCommand(context.Name, key)} or delete it, and run `pulumi up` again")
                : key.Id;

        try
        {
            var config = await FindAsync(client, key, ct) ?? throw new InvalidOperationException("DescribeLiveRecordVodConfigs does not list it");
            return new CreateResult(key.Id, Here(client).Record(Outputs(config).ToMap()));
        }
        catch (Exception e)
        {
            throw creates.StepFailed(key.Id, Here(client).Record(context.Inputs), "reading it back", e);
        }
    }

    public override async Task<ReadResult?> ReadAsync(AlibabaCloudClient client, ReadContext context)
    {
        var key = RecordVodConfigKey.Parse(context.Id);
        client = Located(client, context.OldOutputs);
        var config = await FindAsync(client, key, context.CancellationToken);
        return config is null ? null : new ReadResult(key.Id, Here(client).Record(Outputs(config).ToMap()));
    }

    public override async Task<PropertyMap> UpdateAsync(AlibabaCloudClient client, UpdateContext context)
    {
        var args = RecordVodConfigArgs.From(context.Inputs);
        var key = args.Key;
        client = Located(client, context.Current);
        await client.Live.UpdateLiveRecordVodConfigAsync(Update(args), context.CancellationToken);
        var config = await FindAsync(client, key, context.CancellationToken)
            ?? throw ProviderException.StateChanged($"the config for {key} was updated but has since disappeared (deleted outside Pulumi?)");
        return Here(client).Record(Outputs(config).ToMap());
    }

    public override async Task DeleteAsync(AlibabaCloudClient client, DeleteContext context)
    {
        var key = RecordVodConfigKey.Parse(context.Id);
        client = Located(client, context.OldOutputs);
        try
        {
            await client.Live.DeleteLiveRecordVodConfigAsync(
                new DeleteLiveRecordVodConfigRequest(key.DomainName, key.AppName) { StreamName = key.StreamParameter }, context.CancellationToken);
        }
        catch (AlibabaCloudException)
        {
            // No page documents a not-found code for this API: a config is gone when a listing of its app succeeds
            // without it (delete is idempotent); otherwise the Delete's own error stands.
            if (!await CloudErrors.AbsentFromListingAsync(async () => await FindAsync(client, key, context.CancellationToken) is null))
            {
                throw;
            }
        }
    }

    public override string? MoveReason(AlibabaCloudClient client, PropertyMap oldOutputs) =>
        ObjectLocation.Recorded(oldOutputs, Here(client)).MoveReason(Here(client), "Live");

    /// <summary>Where the client calls the Live API: the provider's endpoint, or the one a located client calls.</summary>
    private static ObjectLocation Here(AlibabaCloudClient client) => ObjectLocation.OfLive(client);

    /// <summary>The client that reaches the config where it was added (the provider's endpoint for state that recorded none).</summary>
    private static AlibabaCloudClient Located(AlibabaCloudClient client, PropertyMap recorded) =>
        ObjectLocation.Recorded(recorded, Here(client)).LiveClient(client);

    private static async Task AddAsync(
        AlibabaCloudClient client, AddLiveRecordVodConfigRequest request, RecordVodConfigKey key, InterruptedCreates creates, CancellationToken ct)
    {
        try
        {
            await client.Live.AddLiveRecordVodConfigAsync(request, ct);
        }
        catch (AlibabaCloudException e) when (AlreadyExists.Contains(e.Code, StringComparer.Ordinal))
        {
            throw creates.AlreadyExists(key.Id, $"a record-to-VOD config for {key} already exists ({e.Code}), and this resource does not manage it (AddLiveRecordVodConfig request id {e.RequestId}; there is one config per domainName, appName and streamName)", e);
        }
    }

    /// <summary>The config with exactly this key, paging through every config of the app (the stream filter may match loosely).</summary>
    private static Task<LiveRecordVodConfig?> FindAsync(AlibabaCloudClient client, RecordVodConfigKey key, CancellationToken ct) =>
        // An empty listing is the only documented "not found"; an error (an unknown domain included) is the cloud's.
        Pages.FirstAsync(
            async number =>
            {
                var request = new DescribeLiveRecordVodConfigsRequest(key.DomainName)
                {
                    AppName = key.AppName,
                    StreamName = key.StreamParameter,
                    PageNum = number,
                    PageSize = Pages.Size,
                };
                var response = await client.Live.DescribeLiveRecordVodConfigsAsync(request, ct);
                return new Page<LiveRecordVodConfig>(response.Total, response.Configs);
            },
            key.Matches);

    /// <summary>The inputs whose value the described config does not have.</summary>
    private static List<string> Differences(PropertyMap inputs, PropertyMap described) =>
        RecordVodConfigSchema.Inputs.Select(p => p.Name).Where(n => !Equals(Present(inputs, n), Present(described, n))).ToList();

    private static PropertyValue? Present(PropertyMap map, string name) => map.GetOrNull(name) is { } v && v is not NullValue ? v : null;

    private static string ImportCommand(string name, RecordVodConfigKey key) => $"`pulumi import {RecordVodConfigSchema.Token} {name} {key.Id}`";
}
