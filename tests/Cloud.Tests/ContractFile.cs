using System.Text.Json;

namespace AlicloudLive.Cloud.Tests;

/// <summary>docs/reference/alibaba-contract.json: what Alibaba's official SDKs define (the project's copy).</summary>
internal static class ContractFile
{
    public static JsonDocument Load()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = Path.Combine(dir.FullName, "docs", "reference", "alibaba-contract.json");
            if (File.Exists(path))
            {
                return JsonDocument.Parse(File.ReadAllText(path));
            }
        }

        throw new FileNotFoundException("docs/reference/alibaba-contract.json not found above " + AppContext.BaseDirectory);
    }
}
