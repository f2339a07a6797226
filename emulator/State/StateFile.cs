using System.Text.Json;

namespace AlicloudLive.Emulator.State;

/// <summary>Loads and atomically saves the state (temp file in the same folder, then rename).</summary>
public sealed class StateFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly string _path;

    /// <summary>Checks at start-up that the file can be written: its folder exists and takes a file.</summary>
    public StateFile(string path)
    {
        _path = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(_path)!;
        if (!Directory.Exists(folder))
        {
            throw new IOException($"--state-file {_path}: the folder {folder} does not exist.");
        }

        try
        {
            var probe = TempPath();
            File.WriteAllText(probe, "");
            File.Delete(probe);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new IOException($"--state-file {_path}: cannot write in {folder}: {e.Message}", e);
        }
    }

    public EmulatorState? LoadIfPresent()
    {
        if (!File.Exists(_path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<EmulatorState>(File.ReadAllText(_path), Json)
                ?? throw new InvalidDataException($"{_path}: the state file is empty.");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{_path}: the state file is not valid emulator state ({e.Message}). Move it away to start empty.", e);
        }
    }

    public void Save(EmulatorState state)
    {
        var temp = TempPath();
        File.WriteAllText(temp, JsonSerializer.Serialize(state, Json));
        File.Move(temp, _path, overwrite: true);
    }

    private string TempPath() => _path + ".tmp-" + Environment.ProcessId;
}
