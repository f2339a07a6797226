using System.Globalization;
using System.Text.Json.Nodes;
using AlicloudLive.Values;

namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>
/// One resource as the fault matrix exercises it: inputs to create, an in-place change to update, the cloud call
/// each operation hinges on (where the fault goes), and how to read the emulator's copy to compare with the state.
/// </summary>
public abstract class ResourceScenario
{
    public static readonly IReadOnlyList<ResourceScenario> All =
        [new LiveTranscodeJobScenario(), new PullToPushTaskScenario(), new RecordVodConfigScenario(), new EdgeTranscodeJobScenario()];

    public abstract string Name { get; }

    public abstract string Type { get; }

    /// <summary>The collection in the emulator's GET /_emulator/resources.</summary>
    public abstract string CloudKind { get; }

    /// <summary>The property the update changes.</summary>
    public abstract string Property { get; }

    public abstract string ActionFor(MatrixOperation operation);

    public abstract PropertyMap Inputs();

    /// <summary>The program after the change the update cells apply (always an in-place update).</summary>
    public abstract PropertyMap Changed(PropertyMap inputs);

    /// <summary>The resource id the emulator's object corresponds to.</summary>
    public abstract string CloudId(JsonNode cloudObject);

    /// <summary>The key fields compared after every cell (the changed property among them), as the emulator holds each.</summary>
    public IEnumerable<string> KeyFields => Fields.Keys;

    public string? CloudValue(JsonNode cloudObject, string? field = null) => Fields[field ?? Property](cloudObject);

    /// <summary>A field of the plugin's outputs as text (a path such as streamInput.inputUrl; a list joined by commas).</summary>
    public string? StateValue(PropertyMap outputs, string? field = null)
    {
        PropertyValue value = new ObjectValue(outputs);
        foreach (var key in (field ?? Property).Split('.'))
        {
            value = PropertyMapReading.Unwrap(value) is ObjectValue o ? o.Properties.GetOrNull(key) ?? PropertyValue.Null : PropertyValue.Null;
        }

        return Text(PropertyMapReading.Unwrap(value));
    }

    /// <summary>Output field → how to read it from the emulator's object.</summary>
    protected abstract IReadOnlyDictionary<string, Func<JsonNode, string?>> Fields { get; }

    protected static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    protected static string? Text(JsonNode? node) => node switch
    {
        null => null,
        JsonArray a => string.Join(",", a.Select(Text)),
        _ => node.ToString(),
    };

    private static string? Text(PropertyValue value) => PropertyMapReading.Unwrap(value) switch
    {
        StringValue s => s.Value,
        NumberValue n => n.Value.ToString(CultureInfo.InvariantCulture),
        BoolValue b => b.Value ? "true" : "false",
        ArrayValue a => string.Join(",", a.Items.Select(Text)),
        _ => null,
    };
}
