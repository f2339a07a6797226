using AlicloudLive.Framework.Diffing;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Fakes;

/// <summary>
/// The test resource's properties: one of every rule kind, type shape and flag the framework supports, so the
/// framework is proven without any Alibaba resource.
/// </summary>
internal static class WidgetProperties
{
    public const string KindReason = "the kind is fixed when the widget is made";

    public static readonly EnumType Kind = new("test:index:WidgetKind", "How big a widget is.",
    [
        new EnumValue("Small", "Small", "A small widget."),
        new EnumValue("Large", "Large", "A large widget."),
    ]);

    public static readonly ObjectType Source = new("test:index:WidgetSource", "Where a widget reads from.",
    [
        new("url", TypeRef.String, "The stream URL.") { Required = true, Validators = [Validate.UrlWithScheme("rtmp")] },
        new("port", TypeRef.Integer, "The port.") { Validators = [Validate.Range(1, 65535)] },
        new("protocol", TypeRef.String, "The stream protocol; the cloud may answer it in capitals.")
        {
            MaxLength = 10,
            IgnoreCase = true,
            Validators = [Validate.OneOfIgnoringCase("rtmp", "srt")],
        },
    ]);

    /// <summary>In place only while the recorded status is NotStarted and the recorded start time is still ahead.</summary>
    public static readonly StateCondition NotStarted = new("the widget has not started", NotStartedBlocker);

    public static readonly IReadOnlyList<PropertyDefinition> Inputs =
    [
        new("name", TypeRef.String, "The widget's name.") { MaxLength = 40 },
        new("kind", Kind, "How big the widget is.") { Required = true, IgnoreCase = true, Rule = UpdateRule.Replace(KindReason) },
        new("size", TypeRef.Integer, "How many parts the widget has.") { Default = PropertyValue.From(1), Validators = [Validate.Range(1, 10)] },
        new("ratio", TypeRef.Number, "A fraction.") { Validators = [Validate.Range(0, 1)] },
        new("source", Source, "Where the widget reads from.") { Required = true, Rule = UpdateRule.InPlaceWhile(NotStarted) },
        new("tags", TypeRef.ArrayOf(TypeRef.String), "Free-form tags.") { MaxLength = 20, Validators = [Validate.ItemCount(0, 3)] },
        new("labels", TypeRef.MapOf(TypeRef.String), "Labels by key."),
        new("password", TypeRef.String, "The widget's password.") { Secret = true, MaxLength = 40 },
        new("slot", TypeRef.String, "The slot the widget occupies; one widget per slot.") { Rule = UpdateRule.Replace("a slot holds one widget") },
        new("startTime", TypeRef.String, "When the widget starts.") { Validators = [Validate.UtcTimestamp()], Rule = UpdateRule.InPlaceWhile(NotStarted) },
        new("endTime", TypeRef.String, "When the widget stops.") { Validators = [Validate.UtcTimestamp()] },
    ];

    public static readonly IReadOnlyList<PropertyDefinition> Outputs =
    [
        new("widgetId", TypeRef.String, "The cloud's id.") { Required = true },
        new("status", TypeRef.String, "NotStarted or Running.") { Required = true },
        new("createTime", TypeRef.String, "When the widget was made."),
    ];

    private static string? NotStartedBlocker(DiffContext context)
    {
        // Diff may see any recorded state, so read it leniently: anything but NotStarted counts as started.
        var status = context.OldOutputs.GetOrNull("status") is StringValue s ? s.Value : null;
        if (status != "NotStarted")
        {
            return $"while the widget is running (status {status ?? "unknown"})";
        }

        return context.OldOutputs.GetOrNull("startTime") is StringValue start && Timestamps.TryParse(start.Value, out var at) && at <= context.Now
            ? $"once the widget's start time {start.Value} has passed"
            : null;
    }
}
