using AlicloudLive.Cloud;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Values;

namespace AlicloudLive.Resources.Common;

/// <summary>
/// What a Create does so an interrupted deployment leaves nothing orphaned and no silent duplicate (docs/design.md §5,
/// docs/protocol.md §0): the new id reaches the engine log the moment the cloud answers; a create whose answer was
/// lost is looked up before it is sent again; a create cancelled or timed out after it was sent answers
/// ErrorResourceInitFailed with the id whenever the object exists, because the engine takes CANCELLED and
/// DEADLINE_EXCEEDED as "nothing was created".
/// </summary>
internal sealed class InterruptedCreates(CreateContext context, string token, string operation, string noun, string created = "created")
{
    /// <summary>Bounds the look-up made after the operation's own token fired (the engine may stop the plugin soon).</summary>
    private static readonly TimeSpan LookupAfterInterrupt = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Sends the create once and returns the resource id. <paramref name="findCreated"/> finds the object a call
    /// whose answer never came made (null: none; a <see cref="ProviderException"/> when what it found cannot be
    /// taken for it); <paramref name="recorded"/> gives the outputs the engine records
    /// for an id when the create is interrupted.
    /// </summary>
    public async Task<string> SendAsync(
        Func<CancellationToken, Task<string>> send, Func<CancellationToken, Task<string?>> findCreated, Func<string, PropertyMap> recorded)
    {
        var ct = context.CancellationToken;
        ct.ThrowIfCancellationRequested();
        string id;
        try
        {
            try
            {
                id = await send(ct);
            }
            catch (AlibabaCloudException e) when (e.OutcomeUnknown)
            {
                string? found;
                try
                {
                    found = await findCreated(ct);
                }
                catch (ProviderException refusal)
                {
                    throw refusal.After($"the response to {operation} was lost ({e.Code}), and ");
                }

                id = found ?? await send(ct);
                await context.Log.InfoAsync($"the response to {operation} was lost ({e.Code}); {(found is null ? $"{created} again as" : "found")} {noun} {id}");
                return id;
            }
        }
        catch (OperationCanceledException e) when (ct.IsCancellationRequested)
        {
            throw await InterruptedAsync(findCreated, recorded, e);
        }

        await LogCreatedAsync(id);
        return id;
    }

    /// <summary>Sends the new id to the engine log under the URN, so an interrupted `pulumi up` still shows it.</summary>
    public Task LogCreatedAsync(string id) => context.Log.InfoAsync($"{operation} {created} {noun} {id}");

    /// <summary>
    /// The answer for a step after the create (read back, start) that failed or was interrupted: the object exists,
    /// so the engine must record it; the next `pulumi up` sends an Update with no change, which finishes the step.
    /// </summary>
    public ResourceInitFailedException StepFailed(string id, PropertyMap outputs, string step, Exception error) =>
        new(id, outputs, [StepFailure(id, step, error)], error);

    /// <summary>The reason <see cref="StepFailed"/> gives: what happened, and that the next `pulumi up` finishes it.</summary>
    public string StepFailure(string id, string step, Exception error) => error is OperationCanceledException
        ? $"{noun} {id} was {created}, but the create was cancelled or timed out before {step} finished; it is recorded in the stack, and the next `pulumi up` finishes {step}"
        : $"{noun} {id} was {created}, but {step} failed: {error.Message}; it is recorded in the stack, and the next `pulumi up` retries {step}";

    /// <summary>
    /// The refusal of a create that found an object these inputs would have made (an interrupted `pulumi up` made
    /// it, or another program manages it): its id and the commands that adopt it.
    /// </summary>
    public ProviderException AlreadyExists(string id, string why, Exception? inner = null) =>
        ProviderException.AlreadyExists($"{why}; no second {noun} was created. {AdoptionAdvice(id)}", inner);

    /// <summary>The exact commands that put an existing object under this resource.</summary>
    public string AdoptionAdvice(string id) =>
        $"If an interrupted `pulumi up` created it (`pulumi stack export` lists a pending create for {context.Urn}), adopt it with "
        + $"`pulumi refresh --import-pending-creates {context.Urn} --import-pending-creates {id}`; otherwise import it with "
        + $"`pulumi import {token} {context.Name} {id}` and keep this resource in the program; or delete it, then run `pulumi up` again";

    /// <summary>
    /// The answer for a create cancelled or timed out after it was sent: ErrorResourceInitFailed when the object is
    /// found (a bounded look-up, since the operation's token has fired), the cancellation itself when it is not, and
    /// a failure naming what to do when the look-up fails.
    /// </summary>
    public async Task<Exception> InterruptedAsync(
        Func<CancellationToken, Task<string?>> findCreated, Func<string, PropertyMap> recorded, OperationCanceledException cancelled)
    {
        string? found;
        using (var bounded = new CancellationTokenSource(LookupAfterInterrupt))
        {
            try
            {
                found = await findCreated(bounded.Token);
            }
            catch (Exception e) when (e is AlibabaCloudException or OperationCanceledException or ProviderException)
            {
                return ProviderException.OutcomeUnknown($"the create was cancelled or timed out after {operation} was sent, and looking for the {noun} it may have made failed ({e.Message}). "
                    + $"Run `pulumi up` again: it looks for a {noun} these inputs would have made before creating one, and names it with the commands to adopt it",
                    cancelled);
            }
        }

        // Nothing was made: the engine may take the cancellation as it is (a late arrival is refused by the next create).
        if (found is null)
        {
            return cancelled;
        }

        await LogCreatedAsync(found);
        return new ResourceInitFailedException(found, recorded(found), [
            $"{noun} {found} was {created}, but the create was cancelled or timed out before {operation} answered; it is recorded in the stack, and the next `pulumi up` finishes it"], cancelled);
    }
}
