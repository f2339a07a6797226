using System.Runtime.InteropServices;
using AlicloudLive.Emulator;

EmulatorOptions options;
RunningEmulator emulator;
try
{
    options = CommandLine.Parse(args);
    emulator = await EmulatorHost.StartAsync(options);
}
catch (Exception e) when (e is ArgumentException or IOException or InvalidDataException or System.Text.Json.JsonException)
{
    await Console.Error.WriteLineAsync("alicloud-live-emulator: " + e.Message);
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}

// The first stdout line is the contract: the base URL and nothing else.
Console.Out.WriteLine($"{emulator.BaseUrl.Scheme}://{emulator.BaseUrl.Authority}");
Console.Out.Flush();

var stop = new TaskCompletionSource();
void OnSignal(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}

using (PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal))
using (PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal))
{
    await stop.Task;
}

await emulator.StopAsync();
return 0;
