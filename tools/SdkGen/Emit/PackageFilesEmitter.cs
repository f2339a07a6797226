using System.Security;

namespace AlicloudLive.SdkGen.Emit;

/// <summary>The non-code package files: the project file, pulumi-plugin.json, README.md and version.txt.</summary>
public static class PackageFilesEmitter
{
    /// <summary>The version written to version.txt and pulumi-plugin.json; empty unless respectSchemaVersion.</summary>
    public static string Version(PackageContext context) =>
        context.Package.CSharp.RespectSchemaVersion ? context.Package.Version : "";

    /// <summary>The lowest Pulumi .NET SDK that serializes [OutputType] objects as resource outputs (pulumi-dotnet 3.87.0).</summary>
    public const string DefaultPulumiReference = "[3.87.0,4)";

    /// <summary>
    /// The project file as upstream's template writes it (Authors and Company from the schema's publisher, Version
    /// from the schema's when respectSchemaVersion), except: the logo (which upstream downloads) is left out, the
    /// package README is packed, and the target is net8.0 (upstream's net6.0 is out of support, and the oldest
    /// framework the Pulumi package builds for where nuget.org is not reachable is net8.0).
    /// A Pulumi reference (<see cref="DefaultPulumiReference"/>) is added when the schema lists none.
    /// </summary>
    public static string ProjectFile(PackageContext context)
    {
        var package = context.Package;
        var references = package.CSharp.PackageReferences.ToList();
        if (!references.Any(r => r.Key == "Pulumi"))
        {
            references.Add(KeyValuePair.Create("Pulumi", DefaultPulumiReference));
            references.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        }

        var referenceLines = string.Concat(references.Select(r =>
            $"\n    <PackageReference Include=\"{Xml(r.Key)}\" Version=\"{Xml(r.Value)}\"" +
            (r.Key.StartsWith("Pulumi.", StringComparison.Ordinal) ? " ExcludeAssets=\"contentFiles\"" : "") + " />"));
        var publisher = package.Publisher.Length > 0 ? package.Publisher : "Pulumi Corp.";
        var version = Version(context);
        var versionLine = version.Length > 0 ? $"\n    <Version>{Xml(version)}</Version>" : "";
        return $"""
<Project Sdk="Microsoft.NET.Sdk">

  <PropertyGroup>
    <GeneratePackageOnBuild>true</GeneratePackageOnBuild>
    <Authors>{Xml(publisher)}</Authors>
    <Company>{Xml(publisher)}</Company>
    <Description>{Xml(package.Description)}</Description>
    <PackageLicenseExpression>{Xml(package.License)}</PackageLicenseExpression>
    <PackageProjectUrl>{Xml(package.Homepage)}</PackageProjectUrl>
    <RepositoryUrl>{Xml(package.Repository)}</RepositoryUrl>
    <PackageReadmeFile>README.md</PackageReadmeFile>{versionLine}

    <TargetFramework>net8.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>

  <PropertyGroup Condition="'$(Configuration)|$(Platform)'=='Debug|AnyCPU'">
    <GenerateDocumentationFile>true</GenerateDocumentationFile>
    <NoWarn>1701;1702;1591</NoWarn>
  </PropertyGroup>

  <PropertyGroup>
    <AllowedOutputExtensionsInPackageBuildOutputFolder>$(AllowedOutputExtensionsInPackageBuildOutputFolder);.pdb</AllowedOutputExtensionsInPackageBuildOutputFolder>
    <EmbedUntrackedSources>true</EmbedUntrackedSources>
    <PublishRepositoryUrl>true</PublishRepositoryUrl>
  </PropertyGroup>

  <PropertyGroup Condition="'$(GITHUB_ACTIONS)' == 'true'">
    <ContinuousIntegrationBuild>true</ContinuousIntegrationBuild>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.SourceLink.GitHub" Version="1.0.0" PrivateAssets="All" />
  </ItemGroup>

  <ItemGroup>
    <EmbeddedResource Include="version.txt" />
    <None Include="version.txt" Pack="True" PackagePath="content" />
  </ItemGroup>

  <ItemGroup>
    <EmbeddedResource Include="pulumi-plugin.json" />
    <None Include="pulumi-plugin.json" Pack="True" PackagePath="content" />
  </ItemGroup>

  <ItemGroup>
    <None Include="README.md" Pack="True" PackagePath="/" />
  </ItemGroup>

  <ItemGroup>{referenceLines}
  </ItemGroup>

  <ItemGroup>
  </ItemGroup>

</Project>

""";
    }

    /// <summary>pulumi-plugin.json as Pulumi marshals it: two-space indent, empty fields left out.</summary>
    public static string PluginJson(PackageContext context)
    {
        var fields = new List<string> { "  \"resource\": true", $"  \"name\": {Json(context.Package.Name)}" };
        var version = Version(context);
        if (version.Length > 0)
        {
            fields.Add($"  \"version\": {Json(version)}");
        }

        if (context.Package.PluginDownloadUrl.Length > 0)
        {
            fields.Add($"  \"server\": {Json(context.Package.PluginDownloadUrl)}");
        }

        return "{\n" + string.Join(",\n", fields) + "\n}\n";
    }

    /// <summary>Each module folder's README.md: the package description.</summary>
    public static string Readme(PackageContext context)
    {
        var text = context.Package.Description;
        return text.EndsWith('\n') ? text : text + "\n";
    }

    private static string Xml(string text) => SecurityElement.Escape(text);

    private static string Json(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
