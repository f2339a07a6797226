using AlicloudLive.SdkGen;
using AlicloudLive.SdkGen.Schema;

// Usage: AlicloudLive.SdkGen <schema.json> <outDir>
if (args.Length != 2)
{
    await Console.Error.WriteLineAsync("usage: AlicloudLive.SdkGen <schema.json> <outDir>");
    return 2;
}

try
{
    var files = SdkGenerator.Generate(await File.ReadAllTextAsync(args[0]));
    var deleted = OutputDirectory.Write(args[1], files);
    foreach (var path in deleted)
    {
        Console.WriteLine($"deleted stale {path}");
    }

    Console.WriteLine($"generated {files.Count} files in {args[1]}");
    return 0;
}
catch (Exception e) when (e is SchemaException or IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync($"sdkgen: {e.Message}");
    return 1;
}
