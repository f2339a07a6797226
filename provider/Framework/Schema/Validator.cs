using System.Globalization;
using System.Text.RegularExpressions;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Schema;

/// <summary>
/// A check on one known (revealed, fully known) value. <see cref="Rule"/> says the rule in words; a failure
/// reason is built from it so the user reads the rule, not a code.
/// </summary>
public sealed record Validator(string Rule, Func<PropertyValue, bool> Accepts)
{
    /// <summary>Optional: the reason for a rejected value when it depends on the value (a "did you mean" hint).</summary>
    public Func<PropertyValue, string>? Explain { get; init; }

    public string? Check(PropertyValue value) => Accepts(value) ? null : Explain?.Invoke(value) ?? "must " + Rule;
}

/// <summary>The validators resources compose.</summary>
public static class Validate
{
    public static Validator OneOf(params string[] allowed) =>
        new("be one of " + string.Join(", ", allowed), v => v is StringValue s && allowed.Contains(s.Value, StringComparer.Ordinal));

    /// <summary>One of <paramref name="allowed"/> in any case, for a value the cloud may re-case.</summary>
    public static Validator OneOfIgnoringCase(params string[] allowed) =>
        new("be one of " + string.Join(", ", allowed), v => v is StringValue s && allowed.Contains(s.Value, StringComparer.OrdinalIgnoreCase));

    public static Validator NumberOneOf(params double[] allowed) =>
        new("be one of " + string.Join(", ", allowed.Select(a => a.ToString(CultureInfo.InvariantCulture))), v => v is NumberValue n && allowed.Contains(n.Value));

    public static Validator Range(double min, double max) =>
        new($"be between {Fmt(min)} and {Fmt(max)}", v => v is NumberValue n && n.Value >= min && n.Value <= max);

    public static Validator AtLeast(double min) =>
        new($"be at least {Fmt(min)}", v => v is NumberValue n && n.Value >= min);

    public static Validator NotEmpty() => new("not be empty", v => v is not StringValue s || s.Value.Length > 0);

    public static Validator Matches(string pattern, string meaning) =>
        new(meaning, v => v is StringValue s && Regex.IsMatch(s.Value, pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)));

    /// <summary>An absolute URL whose scheme is one of <paramref name="schemes"/>.</summary>
    public static Validator UrlWithScheme(params string[] schemes) =>
        new("be a " + string.Join(" or ", schemes.Select(s => s + "://")) + " URL",
            v => v is StringValue s && Uri.TryCreate(s.Value, UriKind.Absolute, out var uri)
                && schemes.Contains(uri.Scheme, StringComparer.OrdinalIgnoreCase) && uri.Host.Length > 0);

    /// <summary>ISO 8601 UTC, the form the Alibaba APIs take: yyyy-MM-ddTHH:mm:ssZ.</summary>
    public static Validator UtcTimestamp() =>
        new("be an ISO 8601 UTC time such as 2026-01-02T15:04:05Z", v => v is StringValue s && Timestamps.TryParse(s.Value, out _));

    public static Validator ItemCount(int min, int max) =>
        new(min == max ? $"have exactly {min} item{(min == 1 ? "" : "s")}" : $"have {min} to {max} items",
            v => v is ArrayValue a && a.Items.Length >= min && a.Items.Length <= max);

    private static string Fmt(double d) => d.ToString(CultureInfo.InvariantCulture);
}

/// <summary>The one timestamp format the provider accepts and sends.</summary>
public static class Timestamps
{
    public const string Format = "yyyy-MM-ddTHH:mm:ssZ";

    public static bool TryParse(string text, out DateTimeOffset value) =>
        DateTimeOffset.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out value);

    public static string ToText(DateTimeOffset value) => value.UtcDateTime.ToString(Format, CultureInfo.InvariantCulture);
}
