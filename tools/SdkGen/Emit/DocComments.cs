using System.Text;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>XML doc comments from schema descriptions: escaped, one "///" line per description line.</summary>
public static class DocComments
{
    public static void Summary(StringBuilder w, string description, string indent)
    {
        var lines = Escape(description.Replace("\r\n", "\n", StringComparison.Ordinal)).Split('\n').ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
        {
            lines.RemoveAt(lines.Count - 1);
        }

        if (lines.Count == 0)
        {
            return;
        }

        w.Append(indent).Append("/// <summary>\n");
        foreach (var line in lines)
        {
            w.Append(indent).Append("/// ").Append(line).Append('\n');
        }

        w.Append(indent).Append("/// </summary>\n");
    }

    /// <summary>
    /// The description with only the C# examples, as upstream's FilterExamples(description, "csharp"): fenced code
    /// blocks in other languages (or none; "sh" stays) are dropped, an {{% example %}} left without code goes, and the
    /// example shortcodes themselves are removed.
    /// </summary>
    public static string CSharpOnly(string description)
    {
        var kept = new List<string>();
        List<string>? example = null;
        var exampleHasCode = false;
        var lines = description.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            var trimmed = line.Trim();
            if (trimmed is "{{% examples %}}" or "{{% /examples %}}")
            {
                continue;
            }

            if (trimmed == "{{% example %}}")
            {
                (example, exampleHasCode) = (new List<string>(), false);
                continue;
            }

            if (trimmed == "{{% /example %}}")
            {
                if (example is not null && exampleHasCode)
                {
                    kept.AddRange(example);
                }

                example = null;
                continue;
            }

            var target = example ?? kept;
            if (FenceOf(trimmed) is { } fence)
            {
                var end = Array.FindIndex(lines, i + 1, l => l.Trim() == fence);
                end = end < 0 ? lines.Length - 1 : end;
                var language = trimmed[fence.Length..].Trim();
                if (language is "csharp" or "sh")
                {
                    target.AddRange(lines[i..(end + 1)]);
                    exampleHasCode |= example is not null;
                }

                i = end;
                continue;
            }

            target.Add(line);
        }

        return string.Join('\n', CollapseBlankLines(kept));
    }

    private static string? FenceOf(string trimmedLine) =>
        trimmedLine.StartsWith("```", StringComparison.Ordinal) ? "```"
        : trimmedLine.StartsWith("~~~", StringComparison.Ordinal) ? "~~~"
        : null;

    /// <summary>Runs of blank lines become one, and none lead or trail (as re-rendered markdown has them).</summary>
    private static IEnumerable<string> CollapseBlankLines(List<string> lines)
    {
        var previousBlank = true;
        var result = new List<string>();
        foreach (var line in lines)
        {
            var blank = line.Trim().Length == 0;
            if (!(blank && previousBlank))
            {
                result.Add(blank ? "" : line);
            }

            previousBlank = blank;
        }

        while (result.Count > 0 && result[^1].Length == 0)
        {
            result.RemoveAt(result.Count - 1);
        }

        return result;
    }

    public static string Escape(string text) => text
        .Replace("&", "&amp;", StringComparison.Ordinal)
        .Replace("<", "&lt;", StringComparison.Ordinal)
        .Replace(">", "&gt;", StringComparison.Ordinal);

    /// <summary>[Obsolete(@"...")] for a deprecated member, as upstream prints it.</summary>
    public static void Obsolete(StringBuilder w, string deprecationMessage, string indent)
    {
        if (deprecationMessage.Length > 0)
        {
            w.Append(indent).Append("[Obsolete(@\"").Append(deprecationMessage.Replace("\"", "\"\"", StringComparison.Ordinal)).Append("\")]\n");
        }
    }
}
