using AlicloudLive.Cloud;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Framework.Checking;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Resources.Common;
using AlicloudLive.Values;
using static AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskMapping;
using Wire = AlicloudLive.Resources.Live.PullToPushTask.PullToPushTaskState.Wire;

namespace AlicloudLive.Resources.Live.PullToPushTask;

/// <summary>A Live pull-to-push task (API 2016-11-01); id = TaskId.</summary>
internal sealed class PullToPushTaskResource : ResourceDefinition<AlibabaCloudClient>
{
    private const string HasStarted = "CodeTaskHasStarted";

    public override string Token => PullToPushTaskSchema.Token;

    public override string Description =>
        "An ApsaraVideo Live pull-to-push task: pulls a live stream, VOD media or file URLs and pushes them to an RTMP URL "
        + "from startTime to endTime (at most 7 days). The service deletes the task when it ends. Until the task starts "
        + "its region, times, callback and repeat number update in place; while it is stopped its sources, end time and "
        + "file position do. Import with `<region>/<taskId>`, or a bare taskId in the provider's region.";

    public override string Noun => "task";

    public override IReadOnlyList<PropertyDefinition> Inputs => PullToPushTaskSchema.Inputs;

    public override IReadOnlyList<PropertyDefinition> Outputs => PullToPushTaskSchema.Outputs;

    /// <summary>What updates in place depends on whether the task has started or stopped: plan against its live status.</summary>
    public override bool RefreshBeforeUpdate => true;

    public override string? AutoNameProperty => Wire.TaskName;

    public override IEnumerable<CheckFailure> Validate(CheckContext context) => PullToPushTaskValidation.Check(context);

    /// <summary>A dstUrl serves one task: a replacement that keeps it must delete the old task first.</summary>
    public override bool DeleteBeforeReplace(DiffContext context) => !context.Changed(Wire.DstUrl);

    public override async Task<CreateResult> CreateAsync(AlibabaCloudClient client, CreateContext context)
    {
        var request = Create(PullToPushTaskArgs.From(context.Inputs));
        var ct = context.CancellationToken;
        var creates = new InterruptedCreates(context, Token, "CreateLivePullToPush", Noun);
        string taskId;
        try
        {
            taskId = await creates.SendAsync(
                async token => (await client.Live.CreateLivePullToPushAsync(request, token)).TaskId,
                async token => await CreatedAsync(client, request, token),
                id => context.Inputs.Set(Wire.TaskId, PropertyValue.From(id)));
        }
        catch (AlibabaCloudException e) when (!e.OutcomeUnknown)
        {
            // The cloud's error comes first. Two tasks on one dstUrl fail at ingest, not at Create (no code is
            // documented for it), so a task found there is only a note after the error: one these inputs would have
            // made (an interrupted `pulumi up`) makes the answer "already exists" with the adoption commands.
            if (await DstUrlHolderAsync(client, request, ct) is not { } holder)
            {
                throw;
            }

            var note = $"note that task {holder.TaskId} already pushes to this dstUrl, and two tasks on one dstUrl break each other's ingest";
            if (WouldMake(holder, request, NameMatch.For(request.TaskName ?? "", context.Name)))
            {
                throw creates.AlreadyExists(holder.TaskId, $"{e.Message}; {note}; it has this resource's name, sources and dstUrl", e);
            }

            await context.Log.WarningAsync($"CreateLivePullToPush failed ({e.Code}); {note}. {creates.AdoptionAdvice(holder.TaskId)}");
            throw;
        }

        try
        {
            var task = (await client.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest(taskId, request.Region), ct)).Task;
            return new CreateResult(taskId, Here(client).Record(Outputs(task, request.Region, PullToPushTaskState.From(context.Inputs)).ToMap(), withRegion: false));
        }
        catch (Exception e)
        {
            throw creates.StepFailed(taskId, context.Inputs.Set(Wire.TaskId, PropertyValue.From(taskId)), "reading it back", e);
        }
    }

    public override async Task<ReadResult?> ReadAsync(AlibabaCloudClient client, ReadContext context)
    {
        client = Located(client, context.OldOutputs);
        var recorded = PullToPushTaskState.From(Recorded(context.OldOutputs, context.OldInputs));
        var address = TaskAddress.From(context.Id, recorded, client.Options.Region);
        var keys = TaskKeys.From(recorded);
        var task = await PullToPushTaskLookup.FollowAsync(client, address, keys, context.CancellationToken);
        if (task is null)
        {
            return null;
        }

        if (task.TaskId != address.TaskId)
        {
            await context.Log.WarningAsync(
                $"task {address.TaskId} no longer exists, and task {task.TaskId} is the only task in {address.Region} with its {keys!.Described} (a restart issues a new id); this resource now follows task {task.TaskId}");
        }

        return new ReadResult(task.TaskId, Here(client).Record(Outputs(task, address.Region, PullToPushTaskState.From(context.OldOutputs)).ToMap(), withRegion: false));
    }

    public override async Task<PropertyMap> UpdateAsync(AlibabaCloudClient client, UpdateContext context)
    {
        // The read just before the update may have followed the task to a new id.
        var taskId = PullToPushTaskState.From(context.Current).TaskId ?? context.Id;
        client = Located(client, context.Current);
        var changed = context.Changed.ToHashSet();
        var request = Update(taskId, PullToPushTaskArgs.From(context.Inputs));
        try
        {
            await client.Live.UpdateLivePullToPushAsync(request, context.CancellationToken);
        }
        catch (AlibabaCloudException e) when (e.Code == HasStarted)
        {
            throw ProviderException.StateChanged(
                $"the task {taskId} started since the plan was made, and UpdateLivePullToPush no longer accepts a change to {string.Join(", ", changed.Order(StringComparer.Ordinal))} ({e.Code}, request id {e.RequestId})");
        }

        try
        {
            var task = (await client.Live.DescribeLivePullToPushAsync(new PullToPushTaskRequest(taskId, request.Region), context.CancellationToken)).Task;
            return Here(client).Record(Outputs(task, request.Region, PullToPushTaskState.From(context.Inputs)).ToMap(), withRegion: false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            var known = Recorded(context.Inputs, context.Current);
            throw new ResourceInitFailedException(context.Id, known, [$"task {taskId} was updated, but reading it back failed: {e.Message}"], e);
        }
    }

    /// <summary>
    /// Deleting also stops a running task. A task already gone is success, unless it lives on under a new id
    /// (restarted): then that one is deleted, so nothing is orphaned.
    /// </summary>
    public override async Task DeleteAsync(AlibabaCloudClient client, DeleteContext context)
    {
        var ct = context.CancellationToken;
        client = Located(client, context.OldOutputs);
        var recorded = PullToPushTaskState.From(Recorded(context.OldOutputs, context.OldInputs));
        var address = TaskAddress.From(context.Id, recorded, client.Options.Region);
        if (await TryDeleteAsync(client, address, ct))
        {
            return;
        }

        if (TaskKeys.From(recorded) is { } keys
            && await PullToPushTaskLookup.SuccessorAsync(client, address.Region, address.TaskId, keys, ct) is { } moved)
        {
            await context.Log.WarningAsync(
                $"task {address.TaskId} no longer exists, and task {moved.TaskId} is the only task in {address.Region} with its {keys.Described} (a restart issues a new id); deleting task {moved.TaskId}");
            await TryDeleteAsync(client, address with { TaskId = moved.TaskId }, ct);
        }
    }

    public override string? MoveReason(AlibabaCloudClient client, PropertyMap oldOutputs) =>
        ObjectLocation.Recorded(oldOutputs, Here(client)).MoveReason(Here(client), "Live");

    /// <summary>Where the client calls the Live API: the provider's endpoint, or the one a located client calls.</summary>
    private static ObjectLocation Here(AlibabaCloudClient client) => ObjectLocation.OfLive(client);

    /// <summary>The client that reaches the task where it was created (the provider's endpoint for state that recorded none).</summary>
    private static AlibabaCloudClient Located(AlibabaCloudClient client, PropertyMap recorded) =>
        ObjectLocation.Recorded(recorded, Here(client)).LiveClient(client);

    /// <summary>False when the task does not exist.</summary>
    private static async Task<bool> TryDeleteAsync(AlibabaCloudClient client, TaskAddress address, CancellationToken ct)
    {
        try
        {
            await client.Live.DeleteLivePullToPushAsync(new PullToPushTaskRequest(address.TaskId, address.Region), ct);
            return true;
        }
        catch (Exception e) when (CloudErrors.IsNotFound(e, PullToPushTaskLookup.NotExist))
        {
            return false;
        }
    }

    /// <summary>True when <paramref name="request"/> would have made <paramref name="task"/>: named like it, with its sources and dstUrl.</summary>
    private static bool WouldMake(Cloud.Live.PullToPushTask task, CreateLivePullToPushRequest request, NameMatch name) =>
        name.Matches(task.Info.TaskName) && new TaskKeys(request.DstUrl, null, request.SourceType, request.SourceUrls).Match(task);

    /// <summary>
    /// The task a Create whose answer was lost made: the one task with its dstUrl, name and sources (autonames carry a
    /// random suffix); several such tasks cannot be told apart, so none is adopted.
    /// </summary>
    private static async Task<string?> CreatedAsync(AlibabaCloudClient client, CreateLivePullToPushRequest request, CancellationToken ct)
    {
        var keys = new TaskKeys(request.DstUrl, request.TaskName, request.SourceType, request.SourceUrls);
        var matches = await PullToPushTaskLookup.MatchingAsync(client, request.Region, keys, ct);
        return matches.Count <= 1
            ? matches.SingleOrDefault()?.TaskId
            : throw ProviderException.OutcomeUnknown($"CreateLivePullToPush's response was lost and {matches.Count} tasks in {request.Region} have this dstUrl, name and sources "
                + $"({string.Join(", ", matches.Select(t => t.TaskId))}); import the right one with `pulumi import {PullToPushTaskSchema.Token} <name> {request.Region}/<taskId>` and delete the others");
    }

    /// <summary>A task on the request's dstUrl; null when there is none or the look-up fails (the create's own error stands either way).</summary>
    private static async Task<Cloud.Live.PullToPushTask?> DstUrlHolderAsync(AlibabaCloudClient client, CreateLivePullToPushRequest request, CancellationToken ct)
    {
        try
        {
            return (await PullToPushTaskLookup.MatchingAsync(client, request.Region, new TaskKeys(request.DstUrl, null, null, null), ct)).FirstOrDefault();
        }
        catch (AlibabaCloudException)
        {
            return null;
        }
    }

    /// <summary><paramref name="primary"/> laid over <paramref name="fallback"/>.</summary>
    private static PropertyMap Recorded(PropertyMap primary, PropertyMap fallback) =>
        primary.Aggregate(fallback, (map, kv) => map.Set(kv.Key, kv.Value));
}
