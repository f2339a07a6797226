using AlicloudLive.Emulator.Access;
using AlicloudLive.Emulator.Admin;
using AlicloudLive.Emulator.Faults;
using AlicloudLive.Emulator.Products.Ice;
using AlicloudLive.Emulator.Products.Live;
using AlicloudLive.Emulator.Rpc;
using AlicloudLive.Emulator.Rpc.Signing;
using AlicloudLive.Emulator.State;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace AlicloudLive.Emulator;

/// <summary>Starts the emulator in-process (Program uses it too); used by tests of other layers.</summary>
public static class EmulatorHost
{
    /// <summary>The longest request line (method, URL with its query, version) the emulator reads.</summary>
    public const int MaxRequestLine = 1024 * 1024;

    public static async Task<RunningEmulator> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var endpoint = ListenAddress.Parse(options.Listen);
        var seed = options.SeedFile is null ? Seed.BuiltIn : Seed.Load(options.SeedFile);
        var time = TimeProvider.System;
        var services = new EmulatorServices(
            new StateStore(seed, options.StateFile is null ? null : new StateFile(options.StateFile), time),
            new FaultBoard(),
            new QpsLimiter(time),
            new CallCounters(),
            new AccessControl());
        var verifier = new SignatureVerifier(new Credentials(options.AccessKeyId, options.AccessKeySecret, options.SecurityToken), time);
        var rpc = new RpcEndpoint(new OperationTable(AllOperations()), verifier, services, options.AccessKeyId, !options.NoThrottle);

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { Args = [] });
        builder.Logging.ClearProviders(); // stdout carries only the base URL line
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(endpoint);

            // RPC parameters travel in the query string, and a legitimate one (30 source URLs) passes Kestrel's 8 KB
            // default: such requests must meet the API's own validation and error JSON, not a bare 414.
            k.Limits.MaxRequestLineSize = MaxRequestLine;
        });
        var app = builder.Build();
        app.Use(InternalErrors.CatchAsync);
        AdminEndpoints.Map(app, services);
        app.MapMethods("/", ["GET", "POST"], (RequestDelegate)rpc.HandleAsync);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new RunningEmulator(app, new Uri(address));
    }

    private static IEnumerable<Operation> AllOperations() =>
        LiveTranscodeJobOperations.All()
            .Concat(LiveTranscodeTemplateOperations.All())
            .Concat(PullToPushOperations.All())
            .Concat(RecordVodConfigOperations.All())
            .Concat(EdgeJobOperations.All())
            .Concat(EdgeTemplateOperations.All());
}
