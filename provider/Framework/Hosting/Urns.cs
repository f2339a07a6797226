namespace AlicloudLive.Framework.Hosting;

/// <summary>Reads the parts of a URN: <c>urn:pulumi:stack::project::parent$type::name</c>.</summary>
internal static class Urns
{
    public static string Type(string urn)
    {
        var parts = urn.Split("::");
        return parts.Length >= 4 ? parts[2][(parts[2].LastIndexOf('$') + 1)..] : string.Empty;
    }

    public static string Name(string urn)
    {
        var parts = urn.Split("::");
        return parts.Length >= 4 ? string.Join("::", parts[3..]) : urn;
    }
}
