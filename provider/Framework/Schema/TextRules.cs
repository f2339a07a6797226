using System.Globalization;

namespace AlicloudLive.Framework.Schema;

/// <summary>
/// The rules every string input meets: no control characters (a NUL or line break in a name, id or URL is never
/// meant, and breaks the request), and at most its declared length, so an oversized value fails Check instead of
/// failing at the cloud with an HTTP 414 or a broken connection.
/// </summary>
public static class TextRules
{
    /// <summary>The length the pull-to-push pages state for DstUrl and CallbackUrl: "up to 2,000 characters".</summary>
    public const int DocumentedUrlLength = 2000;

    /// <summary>
    /// The plugin's own bound for a string whose length no API page gives: not a cloud rule, only a protection against
    /// absurd input (a pasted file, a runaway template) that would otherwise fail at the cloud as HTTP 414.
    /// </summary>
    public const int PluginMaxLength = 64 * 1024;

    /// <summary>Null when <paramref name="text"/> meets the rules; otherwise the reason, naming the rule.</summary>
    public static string? Failure(string text, int? maxLength)
    {
        if (maxLength is { } max && text.Length > max)
        {
            return max == PluginMaxLength
                ? $"must be at most {max} characters long (it has {text.Length}); no API page gives a length for it, this is the plugin's own limit against absurd input"
                : $"must be at most {max} characters long (it has {text.Length})";
        }

        var control = text.AsSpan().IndexOfAnyInRange('\u0000', '\u001f');
        if (control < 0)
        {
            control = text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
        }

        return control < 0
            ? null
            : $"must not contain control characters (U+{((int)text[control]).ToString("X4", CultureInfo.InvariantCulture)} at position {control})";
    }

    /// <summary>The sentence the schema description adds for a string property.</summary>
    public static string? Sentence(PropertyDefinition property) => property.MaxLength is { } max
        ? $"At most {max.ToString("N0", CultureInfo.InvariantCulture)} characters{(property.Type is ArrayType ? " each" : "")}{(max == PluginMaxLength ? " (the plugin's own limit)" : "")}, no control characters."
        : null;
}
