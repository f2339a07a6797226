using AlicloudLive.Framework.Models;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Framework.Schema;
using PropertyAttribute = AlicloudLive.Framework.Models.PropertyAttribute;

namespace AlicloudLive.Generators.Tests;

/// <summary>A resource's inputs as the resources declare them, built by the generator in this project.</summary>
[PropertyModel]
internal sealed partial record CameraArgs
{
    [Property("Where the camera streams.")]
    public required string StreamUrl { get; init; }

    [Property("The camera's password.", Secret = true)]
    public string? Password { get; init; }

    [Property("Frames per second. Defaults to 25.", Default = 25)]
    public int? Fps { get; init; }

    [Property("Tags, in order.", Name = "labels")]
    public IReadOnlyList<string>? Tags { get; init; }

    [Property("The lenses fitted.")]
    public IReadOnlyList<CameraLens>? Lenses { get; init; }

    private static PropertySpecs Specs => new()
    {
        [nameof(StreamUrl)] = new() { MaxLength = 100, Rule = UpdateRule.Replace("the camera is wired to it") },
    };
}

[PropertyModel("test:index:CameraLens", "One lens.")]
internal sealed partial record CameraLens
{
    [Property("The focal length in millimetres.")]
    public required double FocalLength { get; init; }

    [Property("Whether it zooms.")]
    public bool? Zoom { get; init; }
}

/// <summary>The outputs: the inputs echoed, and the camera's id.</summary>
[PropertyModel(Echoes = typeof(CameraArgs))]
internal sealed partial record CameraState
{
    [Property("The camera id.", Required = true)]
    public string? CameraId { get; init; }
}

/// <summary>Specs that name a member the model does not declare (a property renamed without its rule).</summary>
[PropertyModel]
internal sealed partial record RenamedArgs
{
    [Property("A name.")]
    public string? Name { get; init; }

    private static PropertySpecs Specs => new() { ["Title"] = new() { MaxLength = 10 } };
}
