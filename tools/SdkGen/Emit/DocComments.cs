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
