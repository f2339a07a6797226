using AlicloudLive.Cloud.Signing;

namespace AlicloudLive.Cloud.Tests;

public sealed class PercentEncodingTests
{
    [TestCase("AZaz09", "AZaz09")]
    [TestCase("-_.~", "-_.~")]
    [TestCase(" ", "%20")]
    [TestCase("*", "%2A")]
    [TestCase("+", "%2B")]
    [TestCase("/", "%2F")]
    [TestCase(":", "%3A")]
    [TestCase("=", "%3D")]
    [TestCase("&", "%26")]
    [TestCase("%", "%25")]
    [TestCase("!'()", "%21%27%28%29")]
    [TestCase("\"{}[],", "%22%7B%7D%5B%5D%2C")]
    [TestCase("ü", "%C3%BC")]
    [TestCase("直播", "%E7%9B%B4%E6%92%AD")]
    [TestCase("😀", "%F0%9F%98%80")]
    [TestCase("rtmp://a.b/c?d=e f", "rtmp%3A%2F%2Fa.b%2Fc%3Fd%3De%20f")]
    [TestCase("", "")]
    public void Encodes_per_RFC_3986_with_upper_case_hex(string raw, string encoded) =>
        Assert.That(AcsPercentEncoding.Encode(raw), Is.EqualTo(encoded));

    [Test]
    public void Every_ASCII_character_outside_the_unreserved_set_is_escaped()
    {
        for (var c = (char)0; c < 128; c++)
        {
            var unreserved = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or '~';
            var expected = unreserved ? c.ToString() : "%" + ((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture);
            Assert.That(AcsPercentEncoding.Encode(c.ToString()), Is.EqualTo(expected), $"char {(int)c}");
        }
    }
}
