using System.Buffers.Binary;

namespace AlicloudLive.Lifecycle.Tests.Dist;

/// <summary>
/// Reads an executable's format and architecture from its headers (ELF, 64-bit Mach-O, PE32+), as `file` would, for
/// the binaries that cannot run on this machine.
/// </summary>
internal static class ExecutableFormat
{
    /// <summary>LC_CODE_SIGNATURE, the Mach-O load command that points at the code signature.</summary>
    public const uint CodeSignatureCommand = 0x1D;

    public static string Describe(byte[] binary)
    {
        var span = binary.AsSpan();
        if (span.StartsWith("\u007fELF"u8) && span[4] == 2)
        {
            return "ELF " + BinaryPrimitives.ReadUInt16LittleEndian(span[18..]) switch
            {
                0x3E => "x86-64",
                0xB7 => "aarch64",
                var machine => $"machine 0x{machine:X}",
            };
        }

        if (BinaryPrimitives.ReadUInt32LittleEndian(span) == 0xFEEDFACF)
        {
            return "Mach-O " + BinaryPrimitives.ReadUInt32LittleEndian(span[4..]) switch
            {
                0x01000007 => "x86_64",
                0x0100000C => "arm64",
                var cpu => $"cpu 0x{cpu:X}",
            };
        }

        if (span.StartsWith("MZ"u8))
        {
            var pe = BinaryPrimitives.ReadInt32LittleEndian(span[0x3C..]);
            if (span[pe..].StartsWith("PE\0\0"u8) && BinaryPrimitives.ReadUInt16LittleEndian(span[(pe + 24)..]) == 0x20B)
            {
                return "PE32+ " + (BinaryPrimitives.ReadUInt16LittleEndian(span[(pe + 4)..]) == 0x8664 ? "x86-64" : "other machine");
            }
        }

        return "unknown";
    }

    /// <summary>The load command types of a 64-bit Mach-O binary, in order.</summary>
    public static IReadOnlyList<uint> MachOLoadCommands(byte[] binary)
    {
        var commands = new List<uint>();
        var count = BinaryPrimitives.ReadUInt32LittleEndian(binary.AsSpan(16));
        var offset = 32; // the 64-bit header's size
        for (var i = 0; i < count; i++)
        {
            commands.Add(BinaryPrimitives.ReadUInt32LittleEndian(binary.AsSpan(offset)));
            offset += (int)BinaryPrimitives.ReadUInt32LittleEndian(binary.AsSpan(offset + 4));
        }

        return commands;
    }
}
