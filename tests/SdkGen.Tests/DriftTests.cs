using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>The committed sdk/dotnet is exactly what the generator makes from the committed schema.json.</summary>
public class DriftTests
{
    [Test]
    public void Committed_sdk_matches_the_generator_output_for_schema_json()
    {
        Assert.That(File.Exists(TestPaths.RepoSchema), Is.True, "schema.json is missing at the repository root: run `make schema`, then `make sdk`");
        var generated = SdkGenerator.Generate(File.ReadAllText(TestPaths.RepoSchema));
        var differences = SdkFolder.Differences(generated, SdkFolder.ReadGenerated(TestPaths.RepoSdk));
        Assert.That(differences, Is.Empty, "sdk/dotnet is out of date with schema.json: run `make sdk`\n" + string.Join('\n', differences));
    }
}
