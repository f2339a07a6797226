using AlicloudLive.SdkGen.Emit;

namespace AlicloudLive.SdkGen.Tests;

/// <summary>Doc comments keep only C# examples, as upstream's FilterExamples(description, "csharp").</summary>
public class DocCommentsTests
{
    private const string Description = """
        Finds things.

        {{% examples %}}
        ## Example Usage
        {{% example %}}
        ### Both

        ```typescript
        find({});
        ```
        ```csharp
        Find.InvokeAsync();
        ```
        {{% /example %}}
        {{% example %}}
        ### Python only

        ```python
        find()
        ```
        {{% /example %}}
        {{% /examples %}}
        """;

    [Test]
    public void Only_the_csharp_blocks_and_the_examples_that_have_one_remain()
    {
        var filtered = DocComments.CSharpOnly(Description);

        Assert.That(filtered, Is.EqualTo("Finds things.\n\n## Example Usage\n### Both\n\n```csharp\nFind.InvokeAsync();\n```"));
    }

    [TestCase("```go\nx := 1\n```\nText.", "Text.")]
    [TestCase("```\nplain\n```\nText.", "Text.")]
    [TestCase("Run:\n```sh\nmake\n```", "Run:\n```sh\nmake\n```")]
    [TestCase("No examples at all.", "No examples at all.")]
    public void Fenced_blocks_outside_examples_are_filtered_too(string description, string expected) =>
        Assert.That(DocComments.CSharpOnly(description), Is.EqualTo(expected));
}
