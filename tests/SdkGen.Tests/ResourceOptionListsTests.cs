using AlicloudLive.SdkGen.Emit;
using AlicloudLive.SdkGen.Tests.Support;

namespace AlicloudLive.SdkGen.Tests;

public class ResourceOptionListsTests
{
    [Test]
    public void Secret_outputs_are_listed_by_wire_name()
    {
        var context = SmallSchema.Context();
        Assert.That(ResourceOptionLists.SecretOutputs(context.Package.Resources.Single()), Is.EqualTo(new[] { "name", "token" }));
    }

    [Test]
    public void ReplaceOnChanges_paths_cover_nested_properties_with_array_and_map_steps()
    {
        var context = SmallSchema.Context();
        var paths = ResourceOptionLists.ReplaceOnChanges(context.Package.Resources.Single(), context.ObjectType);
        Assert.That(paths, Is.EqualTo(new[]
        {
            "ids[*]",
            "labels.*",
            "stream.tags.*.key",
            "stream.url",
            "streams[*].tags.*.key",
            "streams[*].url",
            "token",
        }));
    }
}
