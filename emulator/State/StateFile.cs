using System.Text.Json;

namespace AlicloudLive.Emulator.State;

/// <summary>Loads and atomically saves the state (temp file in the same folder, then rename).</summary>
public sealed class StateFile
{
    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };
    private readonly string _path;

    public StateFile(string path) => _path = Path.GetFullPath(path);

    public EmulatorState? LoadIfPresent() =>
        File.Exists(_path)
            ? JsonSerializer.Deserialize<EmulatorState>(File.ReadAllText(_path), Json)
                ?? throw new InvalidDataException($"{_path}: the state file is empty.")
            : null;

    public void Save(EmulatorState state)
    {
        var temp = _path + ".tmp-" + Environment.ProcessId;
        File.WriteAllText(temp, JsonSerializer.Serialize(state, Json));
        File.Move(temp, _path, overwrite: true);
    }
}
