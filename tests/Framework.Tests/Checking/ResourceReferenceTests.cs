using AlicloudLive.Framework.Tests.Support;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Tests.Checking;

/// <summary>
/// The plugin says acceptResources, so a program that passes a resource object where a string is wanted sends a
/// resource reference: the string is the reference's id, at any depth, as an engine without references would send it.
/// </summary>
public class ResourceReferenceTests
{
    private const string SlotUrn = "urn:pulumi:dev::proj::alicloud:live:Domain::slot";

    [Test]
    public void A_reference_where_a_string_is_wanted_becomes_its_id()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("slot", new ResourceReferenceValue(SlotUrn, V.S("s9"), "1.0.0")));

        Assert.That(outcome.Failures, Is.Empty);
        Assert.That(outcome.Inputs.GetOrNull("slot"), Is.EqualTo(V.S("s9")));
    }

    [Test]
    public void References_inside_lists_objects_and_secrets_become_their_ids()
    {
        var news = Widgets.Inputs
            .Set("tags", V.Arr(V.S("a"), new ResourceReferenceValue(SlotUrn, V.S("b"), "")))
            .Set("source", V.Obj(("url", new SecretValue(new ResourceReferenceValue(SlotUrn, V.S("rtmp://live.example.com/app/r"), "")))));

        var outcome = Checks.Run(news);

        Assert.That(outcome.Failures, Is.Empty);
        Assert.That(outcome.Inputs.GetOrNull("tags"), Is.EqualTo(V.Arr(V.S("a"), V.S("b"))));
        Assert.That(outcome.Inputs.GetOrNull("source"), Is.EqualTo(V.Obj(("url", new SecretValue(V.S("rtmp://live.example.com/app/r"))))));
    }

    [Test]
    public void A_reference_whose_id_is_not_known_yet_is_an_unknown_string_in_a_preview()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("slot", new ResourceReferenceValue(SlotUrn, new UnknownValue(), "")));

        Assert.That(outcome.Failures, Is.Empty);
        Assert.That(outcome.Inputs.GetOrNull("slot"), Is.InstanceOf<UnknownValue>());
    }

    [Test]
    public void A_reference_to_a_component_names_the_resource_that_has_no_id()
    {
        var outcome = Checks.Run(Widgets.Inputs.Set("slot", new ResourceReferenceValue(SlotUrn, null, "")));

        Assert.That(outcome.Pairs(), Is.EqualTo(new[] { ("slot", $"must be a string; the resource {SlotUrn} passed here has no id (a component resource)") }));
    }
}
