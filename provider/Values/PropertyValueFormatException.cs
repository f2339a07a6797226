namespace AlicloudLive.Values;

/// <summary>
/// A property value the engine sent (or the provider tried to send) is malformed. The message names the property
/// path and the problem, never the value, so it is safe to return to the engine as INVALID_ARGUMENT.
/// </summary>
public sealed class PropertyValueFormatException : FormatException
{
    public PropertyValueFormatException(string path, string problem)
        : base($"property '{PropertyPath.Display(path)}': {problem}")
    {
        Path = path;
        Problem = problem;
    }

    /// <summary>The property path, e.g. <c>streamInput.inputUrl</c>; empty for the value itself.</summary>
    public string Path { get; }

    public string Problem { get; }
}
