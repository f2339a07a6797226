using AlicloudLive.Cloud;

namespace AlicloudLive.Plugin;

/// <summary>What `--help`, `-h` and `help` print: every subcommand and flag (docs/design.md, "Build and run").</summary>
internal static class Usage
{
    public static bool IsHelp(string? arg) => arg is "--help" or "-h" or "help";

    public const string Text = $"""
        pulumi-resource-alicloud-live: the Pulumi resource provider for Alibaba Cloud live-video jobs.

        Usage:
          pulumi-resource-alicloud-live [--logtostderr] [-v=N] [--logflow] [--tracing ENDPOINT] ENGINE_ADDRESS
              Plugin mode, as the Pulumi engine launches it: serves the provider on 127.0.0.1 and prints the port.
              With no ENGINE_ADDRESS it waits for a debugger to attach (PULUMI_DEBUG_PROVIDERS).
          pulumi-resource-alicloud-live schema
              Prints the package schema (schema.json).
          pulumi-resource-alicloud-live doctor [--stack NAME] [--live-endpoint URL] [--ice-endpoint URL] [--region REGION] [--profile NAME]
              Shows which credential source, region and endpoints are in effect and checks they answer (secrets are never printed).
                --stack NAME          read the configuration of Pulumi.NAME.yaml in the current folder, as `pulumi up` would
                --live-endpoint URL   the Live API endpoint (default: {EnvironmentNames.LiveEndpoint}, else the region's endpoint)
                --ice-endpoint URL    the ICE API endpoint (default: {EnvironmentNames.IceEndpoint}, else the region's endpoint)
                --region REGION       the region (default: {EnvironmentNames.Region}, the profile's region, then {CloudClientOptions.DefaultRegion})
                --profile NAME        the profile in ~/.aliyun/config.json (default: {EnvironmentNames.Profile}, {EnvironmentNames.LegacyProfile})
          pulumi-resource-alicloud-live --version | version
              Prints the provider version.
          pulumi-resource-alicloud-live --help | -h | help
              Prints this text.
        """;
}
