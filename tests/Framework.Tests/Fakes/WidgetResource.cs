using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Fakes;

/// <summary>
/// "test:index:Widget": a resource used only by these tests. A widget whose start time is ahead is NotStarted;
/// otherwise it runs at once.
/// </summary>
internal sealed class WidgetResource : ResourceDefinition<WidgetCloud>
{
    public const string Type = "test:index:Widget";

    public override string Token => Type;

    public override string Description => "A widget, for testing the framework.";

    public override string Noun => "widget";

    public override IReadOnlyList<PropertyDefinition> Inputs => WidgetProperties.Inputs;

    public override IReadOnlyList<PropertyDefinition> Outputs => WidgetProperties.Outputs;

    public override string? AutoNameProperty => "name";

    public override IEnumerable<CheckFailure> Validate(CheckContext context)
    {
        var start = Time(context.Inputs, "startTime");
        if (start is { } s && context.WillSend("startTime") && s <= context.Now)
        {
            yield return new CheckFailure("startTime", "must be in the future");
        }

        if (start is { } from && Time(context.Inputs, "endTime") is { } to && to <= from)
        {
            yield return new CheckFailure("endTime", "must be after startTime");
        }
    }

    /// <summary>The slot is unique: a replacement that keeps it must free it first.</summary>
    public override bool DeleteBeforeReplace(DiffContext context) =>
        context.NewInputs.GetOrNull("slot") is StringValue && !context.Changed("slot");

    public override async Task<CreateResult> CreateAsync(WidgetCloud client, CreateContext context)
    {
        var record = await client.CreateAsync(context.Inputs, StatusAt(context.Inputs, context.Now), context.Now, context.CancellationToken);
        if (client.FailStartReason is { } reason)
        {
            client.FailStartReason = null;
            throw new ResourceInitFailedException(record.Id, OutputsOf(record), [reason]);
        }

        return new CreateResult(record.Id, OutputsOf(record));
    }

    public override async Task<ReadResult?> ReadAsync(WidgetCloud client, ReadContext context) =>
        await client.GetAsync(context.Id, context.CancellationToken) is { } record ? new ReadResult(record.Id, OutputsOf(record)) : null;

    public override async Task<PropertyMap> UpdateAsync(WidgetCloud client, UpdateContext context) =>
        OutputsOf(await client.UpdateAsync(context.Id, context.Inputs, context.CancellationToken));

    public override Task DeleteAsync(WidgetCloud client, DeleteContext context) => client.DeleteAsync(context.Id, context.CancellationToken);

    private static PropertyMap OutputsOf(WidgetRecord record) => record.Inputs
        .Set("widgetId", PropertyValue.From(record.Id))
        .Set("status", PropertyValue.From(record.Status))
        .Set("createTime", PropertyValue.From(record.CreateTime));

    private static string StatusAt(PropertyMap inputs, DateTimeOffset now) =>
        Time(inputs, "startTime") is { } start && start > now ? "NotStarted" : "Running";

    private static DateTimeOffset? Time(PropertyMap inputs, string key) =>
        inputs.GetOrNull(key) is StringValue s && Timestamps.TryParse(s.Value, out var t) ? t : null;
}
