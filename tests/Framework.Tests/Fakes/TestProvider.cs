using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Schema;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Fakes;

/// <summary>
/// The "test" package: the widget resource, the getWidgets lookup and a small configuration whose apiKey is required. Configure hands
/// out the one shared <see cref="Cloud"/> so tests can look inside it.
/// </summary>
internal sealed class TestProvider : ProviderDefinition<WidgetCloud>
{
    public const string Version = "1.2.3";

    public WidgetCloud Cloud { get; } = new();

    /// <summary>What the last successful Configure received (secrets revealed).</summary>
    public PropertyMap? LastConfig { get; private set; }

    public override PackageMetadata Package { get; } = new(
        "test", "Test", Version, "A package for testing the framework.", ["test"], "https://example.com", "https://example.com/repo",
        "Apache-2.0", "tests", new Dictionary<string, string> { ["test"] = "Test", ["index"] = "Index" });

    public override IReadOnlyList<PropertyDefinition> Config { get; } =
    [
        new("endpoint", TypeRef.String, "Where the widget API lives.") { EnvironmentDefaults = ["TEST_WIDGET_ENDPOINT"] },
        new("apiKey", TypeRef.String, "The API key.") { Secret = true, EnvironmentDefaults = ["TEST_WIDGET_API_KEY"] },
        new("retries", TypeRef.Integer, "How often to retry.") { Validators = [Validate.Range(0, 5)] },
    ];

    public override IReadOnlyList<ResourceDefinition<WidgetCloud>> Resources { get; } = [new WidgetResource()];

    public override IReadOnlyList<FunctionDefinition<WidgetCloud>> Functions { get; } = [new GetWidgetsFunction()];

    public override WidgetCloud Configure(PropertyMap config)
    {
        if (config.GetString("apiKey") is null)
        {
            throw new MissingConfigurationException([new MissingConfigKey("test:apiKey", "The API key: set test:apiKey or TEST_WIDGET_API_KEY.")]);
        }

        LastConfig = config;
        return Cloud;
    }
}
