using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Tests;

public class NamingTests
{
    [TestCase("inputUrl", "InputUrl")]
    [TestCase("dstUrl", "DstUrl")]
    [TestCase("x", "X")]
    [TestCase("", "")]
    [TestCase("AlreadyPascal", "AlreadyPascal")]
    [TestCase("my-name", "MyName")]
    [TestCase("max-bit-rate", "MaxBitRate")]
    public void Title_upper_cases_the_first_letter_and_removes_hyphens_as_upstream(string name, string expected) =>
        Assert.That(Naming.Title(name), Is.EqualTo(expected));

    [TestCase("default", "@default")]
    [TestCase("class", "@class")]
    [TestCase("$ref", "@ref")]
    [TestCase("$schema", "schema")]
    [TestCase("url", "url")]
    [TestCase("Default", "Default")]
    public void Parameter_names_escape_CSharp_keywords(string name, string expected) =>
        Assert.That(Naming.CSharpIdentifier(name), Is.EqualTo(expected));

    [TestCase("jobId", null, "LiveTranscodeJob", "JobId")]
    [TestCase("transcoder", null, "Transcoder", "TranscoderValue")]
    [TestCase("config", null, "Config", "ConfigValue")]
    [TestCase("dst", "Destination", "Relay", "Destination")]
    [TestCase("relay", "Relay", "Relay", "RelayValue")]
    [TestCase("my-name", null, "Relay", "MyName")]
    [TestCase("max.rate", null, "Relay", "Max_rate")]
    public void Member_names_are_PascalCase_and_never_the_name_of_their_type(string wire, string? csharpName, string owner, string expected) =>
        Assert.That(Naming.MemberName(wire, csharpName, owner), Is.EqualTo(expected));

    [TestCase("Immediate", "Immediate")]
    [TestCase("http-flv", "Http_flv")]
    [TestCase("raw,transcode", "Raw_transcode")]
    [TestCase("Equals", "EqualsValue")]
    [TestCase("*", "Asterisk")]
    [TestCase("1", "One")]
    [TestCase("__hidden", "InputType_hidden")]
    [TestCase("class", "@Class")]
    [TestCase("a--b", "A_b")]
    public void Enum_member_names_are_valid_identifiers(string name, string expected) =>
        Assert.That(Naming.SafeEnumName(name, "InputType"), Is.EqualTo(expected));

    [Test]
    public void A_single_illegal_character_is_not_an_enum_member_name() =>
        Assert.That(() => Naming.SafeEnumName("%", "InputType"), Throws.TypeOf<SchemaException>());

    [TestCase("alicloud-live", "AlicloudLive")]
    [TestCase("ice", "Ice")]
    [TestCase("a/b-c", "A.BC")]
    public void Namespace_names_default_to_title_cased_dash_free_parts(string name, string expected) =>
        Assert.That(Naming.NamespaceName(new Dictionary<string, string>(), name), Is.EqualTo(expected));

    [Test]
    public void Namespace_names_prefer_the_schema_mapping() =>
        Assert.That(Naming.NamespaceName(new Dictionary<string, string> { ["ice"] = "ICE" }, "ice"), Is.EqualTo("ICE"));

    [TestCase("alicloud-live:ice:LiveTranscodeJob", "(.*)", "ice")]
    [TestCase("alicloud-live:live:PullToPushTask", "", "live")]
    [TestCase("pkg:index:Account", "(.*)", "")]
    [TestCase("pkg:media/stream:Stream", "(.*)/[^/]*", "media")]
    [TestCase("pkg:index/account:Account", "(.*)/[^/]*", "")]
    [TestCase("pulumi:providers:alicloud-live", "(.*)", "")]
    public void Modules_come_from_the_middle_of_the_token(string token, string format, string expected) =>
        Assert.That(Naming.ModuleOf(token, format), Is.EqualTo(expected));

    [Test]
    public void A_token_without_three_parts_is_rejected() =>
        Assert.That(() => Naming.ModuleOf("pkg:Thing", ""), Throws.TypeOf<SchemaException>().With.Message.Contains("pkg:Thing"));

    [TestCase("url", "url", false)]
    [TestCase("default", "@default", false)]
    [TestCase("max-bitrate", "maxBitrate", true)]
    public void Output_constructor_parameters_bind_wire_names_that_are_not_identifiers(string wire, string name, bool needsAttribute) =>
        Assert.That(Naming.OutputConstructorParameter(wire), Is.EqualTo((name, needsAttribute)));
}
