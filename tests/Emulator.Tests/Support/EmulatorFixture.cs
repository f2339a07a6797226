namespace AlicloudLive.Emulator.Tests.Support;

/// <summary>Base for tests that each get a fresh in-process emulator and a signed client for it.</summary>
public abstract class EmulatorFixture
{
    protected RunningEmulator Emulator { get; private set; } = null!;

    protected EmulatorClient Client { get; private set; } = null!;

    protected virtual EmulatorOptions Options => new();

    /// <summary>An ISO UTC time relative to real now (the emulated clock starts at real time).</summary>
    protected static string At(TimeSpan fromNow) =>
        DateTimeOffset.UtcNow.Add(fromNow).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    [SetUp]
    public async Task StartEmulator()
    {
        Emulator = await EmulatorHost.StartAsync(Options);
        Client = new EmulatorClient(Emulator.BaseUrl);
    }

    [TearDown]
    public async Task StopEmulator()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
