using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Tests.Fakes;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Support;

/// <summary>A typical widget: its inputs, its recorded outputs, and the diff of a change to it.</summary>
internal static class Widgets
{
    public const string Urn = "urn:pulumi:dev::proj::" + WidgetResource.Type + "::w1";
    public const string Password = "hunter2-very-secret";

    public static readonly WidgetResource Resource = new();

    /// <summary>Starts an hour after <see cref="ManualClock.Start"/>, so it is NotStarted then.</summary>
    public static PropertyMap Inputs { get; } = V.Map(
        ("name", V.S("w1")),
        ("kind", V.S("Small")),
        ("size", V.N(1)),
        ("source", V.Obj(("url", V.S("rtmp://live.example.com/app/s")))),
        ("tags", V.Arr(V.S("a"), V.S("b"))),
        ("labels", V.Obj(("x.y", V.S("1")), ("plain", V.S("2")))),
        ("password", V.Secret(Password)),
        ("slot", V.S("s1")),
        ("startTime", V.S("2026-01-01T01:00:00Z")),
        ("endTime", V.S("2026-01-01T02:00:00Z")));

    public static PropertyMap OutputsOf(PropertyMap inputs, string status) => inputs
        .Set("widgetId", V.S("w-1"))
        .Set("status", V.S(status))
        .Set("createTime", V.S("2026-01-01T00:00:00Z"));

    public static DiffOutcome Diff(
        PropertyMap newInputs, string status = "NotStarted", DateTimeOffset? now = null, IReadOnlyCollection<string>? ignoreChanges = null) =>
        Diff(Inputs, newInputs, status, now, ignoreChanges);

    public static DiffOutcome Diff(
        PropertyMap oldInputs, PropertyMap newInputs, string status = "NotStarted", DateTimeOffset? now = null, IReadOnlyCollection<string>? ignoreChanges = null) =>
        DiffEngine.Compute(
            Resource.Inputs,
            Resource.Noun,
            new DiffContext(OutputsOf(oldInputs, status), oldInputs, newInputs, now ?? ManualClock.Start),
            ignoreChanges ?? [],
            Resource.DeleteBeforeReplace);
}
