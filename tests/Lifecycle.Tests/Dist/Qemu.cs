namespace AlicloudLive.Lifecycle.Tests.Dist;

/// <summary>
/// qemu-user (Debian's qemu-user package) runs the linux-arm64 binary on this x86-64 machine; Debian's aarch64 cross
/// libc (libc6-arm64-cross, which the cross toolchain brings) is its library root.
/// </summary>
internal static class Qemu
{
    public const string Aarch64 = "/usr/bin/qemu-aarch64";

    public static readonly string[] Arguments = ["-L", "/usr/aarch64-linux-gnu"];
}
