using System.Net;
using AlicloudLive.ReferenceServer;
using Grpc.Core;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

// The benchmark's reference (docs/benchmarks.md): the smallest Grpc.AspNetCore server the plugin's stack allows, with
// one unary service, configured as the plugin's server is (empty builder, Kestrel core, HTTP/2 on 127.0.0.1, a free
// port printed as the first stdout line), and nothing else. The plugin's start time and idle memory are read beside it.
var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
builder.WebHost.UseKestrelCore().ConfigureKestrel(options =>
    options.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
builder.Services.AddRoutingCore();
builder.Services.AddGrpc();
var app = builder.Build();
app.MapGrpcService<EchoService>();
await app.StartAsync();
var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
await Console.Out.WriteAsync($"{new Uri(address).Port}\n");
await Console.Out.FlushAsync();
await app.WaitForShutdownAsync();

internal sealed class EchoService : Echo.EchoBase
{
    public override Task<EchoMessage> Echo(EchoMessage request, ServerCallContext context) => Task.FromResult(request);
}
