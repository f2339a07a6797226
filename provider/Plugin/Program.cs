using AlicloudLive.Framework.Schema;
using AlicloudLive.Plugin;
using AlicloudLive.Resources.Provider;

// Entry: plugin mode by default; `schema`, `doctor`, `--version` and `--help` subcommands (docs/design.md, "Build and run").
var environment = ProviderEnvironment.FromProcess();
switch (args.FirstOrDefault())
{
    case var help when Usage.IsHelp(help):
        Console.Out.WriteLine(Usage.Text);
        return 0;
    case "schema":
        Console.Out.Write(SchemaBuilder.Build(new AlicloudLiveProvider(environment)));
        return 0;
    case "doctor":
        return await Doctor.RunAsync(args[1..], environment, Console.Out);
    case "--version" or "version":
        Console.Out.WriteLine(new AlicloudLiveProvider(environment).Package.Version);
        return 0;
    default:
        return await PluginHost.RunAsync(
            PluginArguments.EngineAddress(args),
            environment with { Debug = new CloudDebugOutput(PluginArguments.Verbosity(args), Console.Error) });
}
