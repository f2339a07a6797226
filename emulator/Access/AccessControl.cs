using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.Access;

/// <summary>
/// The account's access as an administrator changed it: operations whose RAM permission was revoked (every call answers
/// 403 with the chosen code, as the cloud does until the permission is granted again) and whether the configured access
/// key was deleted (every call answers 404 InvalidAccessKeyId.NotFound). Unlike a fault, nothing here wears off.
/// </summary>
public sealed class AccessControl
{
    /// <summary>The codes the API pages list for a missing permission.</summary>
    private static readonly string[] DenialCodes = ["Forbidden", "OperationDenied", "NoPermission"];

    private readonly Dictionary<string, string> _denied = new(StringComparer.Ordinal);
    private volatile bool _keyDeleted;

    public bool KeyDeleted
    {
        get => _keyDeleted;
        set => _keyDeleted = value;
    }

    /// <summary>Revokes the permission for <paramref name="action"/> ("*" for every operation); calls answer <paramref name="code"/>.</summary>
    public void Deny(string action, string code)
    {
        if (!DenialCodes.Contains(code, StringComparer.Ordinal) && !code.StartsWith("Forbidden.", StringComparison.Ordinal))
        {
            throw new FormatException($"\"code\" must be {string.Join(", ", DenialCodes)} or Forbidden.<reason>.");
        }

        lock (_denied)
        {
            _denied[action] = code;
        }
    }

    /// <summary>The code a call of <paramref name="action"/> is refused with, or null when it is allowed.</summary>
    public string? DenialFor(string action)
    {
        lock (_denied)
        {
            return _denied.GetValueOrDefault(action) ?? _denied.GetValueOrDefault("*");
        }
    }

    /// <summary>Every permission granted again and the key restored.</summary>
    public void Clear()
    {
        lock (_denied)
        {
            _denied.Clear();
            _keyDeleted = false;
        }
    }

    public JsonObject ToJson()
    {
        lock (_denied)
        {
            var denied = new JsonObject();
            foreach (var (action, code) in _denied.OrderBy(d => d.Key, StringComparer.Ordinal))
            {
                denied[action] = code;
            }

            return new JsonObject { ["denied"] = denied, ["accessKeyDeleted"] = _keyDeleted };
        }
    }
}
