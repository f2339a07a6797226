using System.Runtime.InteropServices;
using AlicloudLive.Emulator;

if (CommandLine.ImmediateAnswer(args) is { } answer)
{
    Console.Out.WriteLine(answer);
    return 0;
}

RunningEmulator emulator;
try
{
    emulator = await EmulatorHost.StartAsync(CommandLine.Parse(args));
}
catch (ArgumentException e)
{
    await Console.Error.WriteLineAsync("alicloud-live-emulator: " + e.Message);
    await Console.Error.WriteLineAsync(CommandLine.Usage);
    return 2;
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or System.Text.Json.JsonException)
{
    // A state or seed file that cannot be used: the message names the file.
    await Console.Error.WriteLineAsync("alicloud-live-emulator: " + e.Message);
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
