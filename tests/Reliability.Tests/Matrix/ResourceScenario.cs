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

    /// <summary>The property the update changes, compared between the plugin's state and the emulator.</summary>
    public abstract string Property { get; }

    public abstract string ActionFor(MatrixOperation operation);

    public abstract PropertyMap Inputs();

    /// <summary>The program after the change the update cells apply (always an in-place update).</summary>
    public abstract PropertyMap Changed(PropertyMap inputs);

    /// <summary>The resource id the emulator's object corresponds to.</summary>
    public abstract string CloudId(JsonNode cloudObject);

    public abstract string? CloudValue(JsonNode cloudObject);

    public string? StateValue(PropertyMap outputs) => PropertyMapReading.Unwrap(outputs.GetOrNull(Property) ?? PropertyValue.Null) switch
    {
        StringValue s => s.Value,
        NumberValue n => n.Value.ToString(CultureInfo.InvariantCulture),
        _ => null,
    };

    public override string ToString() => Name;

    protected static string Utc(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    protected static string? Text(JsonNode? node) => node?.ToString();
}
