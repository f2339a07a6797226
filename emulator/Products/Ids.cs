namespace AlicloudLive.Emulator.Products;

/// <summary>Fresh 32-hex identifiers, like the service's job and task ids.</summary>
public static class Ids
{
    public static string New() => Guid.NewGuid().ToString("N");
}
