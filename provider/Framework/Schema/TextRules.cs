using System.Globalization;

namespace AlicloudLive.Framework.Schema;

/// <summary>
/// The rules every string input meets: no control characters (a NUL or line break in a name, id or URL is never
/// meant, and breaks the request), and at most its declared length, so an oversized value fails Check instead of
/// failing at the cloud with an HTTP 414 or a broken connection.
/// </summary>
public static class TextRules
{
    /// <summary>The bound for a URL or name that the APIs give no length for: the 2,000 characters they state for URLs.</summary>
    public const int DefaultMaxLength = 2000;

    /// <summary>Null when <paramref name="text"/> meets the rules; otherwise the reason, naming the rule.</summary>
    public static string? Failure(string text, int? maxLength)
    {
        if (maxLength is { } max && text.Length > max)
        {
            return $"must be at most {max} characters long (it has {text.Length})";
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
        ? $"At most {max.ToString("N0", CultureInfo.InvariantCulture)} characters{(property.Type is ArrayType ? " each" : "")}, no control characters."
        : null;
}
