using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace AlicloudLive.Emulator.Tests.Support;

/// <summary>Signs RPC calls (V3 by default, V2 on request) and calls the admin API of one emulator.</summary>
public sealed class EmulatorClient : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(30) };

    public EmulatorClient(Uri baseUrl, string keyId = "emulator", string secret = "emulator", string? token = null)
    {
        BaseUrl = baseUrl;
        KeyId = keyId;
        Secret = secret;
        Token = token;
    }

    public Uri BaseUrl { get; }

    public string KeyId { get; init; }

    public string Secret { get; init; }

    public string? Token { get; init; }

    /// <summary>Signing date; tests move it to make a request stale.</summary>
    public Func<DateTimeOffset> Clock { get; init; } = () => DateTimeOffset.UtcNow;

    /// <summary>The operation's version from the contract; an action it does not know is sent as Live's.</summary>
    public static string VersionOf(string action) => Contract.Exists(action) ? Contract.VersionOf(action) : "2016-11-01";

    /// <summary>The operation's HTTP method from the contract; an action it does not know is sent with POST.</summary>
    public static string MethodOf(string action) => Contract.Exists(action) ? Contract.MethodOf(action) : "POST";

    public Task<ApiResponse> CallAsync(string action, IDictionary<string, string> parameters, string? nonce = null, Action<HttpRequestMessage>? tamper = null)
        => SendAsync(BuildV3(action, VersionOf(action), parameters, nonce, tamper));

    /// <summary>Calls with an HTTP method other than the operation's own.</summary>
    public Task<ApiResponse> CallWithMethodAsync(string method, string action, IDictionary<string, string> parameters)
        => SendAsync(BuildV3(action, VersionOf(action), parameters, method: method));

    /// <summary>Calls with the given parameters; a later pair overrides an earlier one of the same name.</summary>
    public Task<ApiResponse> CallAsync(string action, params (string Key, string Value)[] parameters)
    {
        var dictionary = new Dictionary<string, string>();
        foreach (var (key, value) in parameters)
        {
            dictionary[key] = value;
        }

        return CallAsync(action, dictionary);
    }

    /// <summary>A V3-signed request with the operation's method (unless given), built but not sent.</summary>
    public HttpRequestMessage BuildV3(string action, string version, IDictionary<string, string> parameters, string? nonce = null, Action<HttpRequestMessage>? tamper = null, string? method = null)
    {
        method ??= MethodOf(action);
        var query = TestSigner.Query(parameters);
        var headers = new Dictionary<string, string>
        {
            ["host"] = BaseUrl.Authority,
            ["x-acs-action"] = action,
            ["x-acs-version"] = version,
            ["x-acs-date"] = Clock().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
            ["x-acs-signature-nonce"] = nonce ?? Guid.NewGuid().ToString("N"),
            ["x-acs-content-sha256"] = Convert.ToHexStringLower(SHA256.HashData([])),
        };
        if (Token is not null)
        {
            headers["x-acs-security-token"] = Token;
        }

        var request = new HttpRequestMessage(new HttpMethod(method), new Uri(BaseUrl, "/?" + query));
        request.Headers.TryAddWithoutValidation("Authorization", TestSigner.AuthorizationV3(method, query, headers, KeyId, Secret));
        foreach (var (k, v) in headers.Where(h => h.Key != "host"))
        {
            request.Headers.TryAddWithoutValidation(k, v);
        }

        tamper?.Invoke(request);
        return request;
    }

    /// <summary>A V2-signed request with the operation's method, every parameter in the query (Signature parameter, HMAC-SHA1).</summary>
    public Task<ApiResponse> CallV2Async(string action, IDictionary<string, string> parameters)
    {
        var all = new Dictionary<string, string>(parameters)
        {
            ["Action"] = action,
            ["Version"] = VersionOf(action),
            ["Format"] = "JSON",
            ["AccessKeyId"] = KeyId,
            ["SignatureMethod"] = "HMAC-SHA1",
            ["SignatureVersion"] = "1.0",
            ["SignatureNonce"] = Guid.NewGuid().ToString("N"),
            ["Timestamp"] = Clock().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture),
        };
        if (Token is not null)
        {
            all["SecurityToken"] = Token;
        }

        var method = MethodOf(action);
        all["Signature"] = TestSigner.SignatureV2(method, all, Secret);
        return SendAsync(new HttpRequestMessage(new HttpMethod(method), new Uri(BaseUrl, "/?" + TestSigner.Query(all))));
    }

    public async Task<ApiResponse> SendAsync(HttpRequestMessage request)
    {
        using (request)
        {
            using var response = await _http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            return new ApiResponse((int)response.StatusCode, JsonNode.Parse(text)!.AsObject());
        }
    }

    public async Task<JsonObject> AdminGetAsync(string path)
    {
        var text = await _http.GetStringAsync(new Uri(BaseUrl, "/_emulator/" + path));
        return JsonNode.Parse(text)!.AsObject();
    }

    public async Task<(int Status, JsonObject Body)> AdminPostAsync(string path, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        using var response = await _http.PostAsync(new Uri(BaseUrl, "/_emulator/" + path), content);
        return ((int)response.StatusCode, JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject());
    }

    public async Task<JsonObject> AdvanceClockAsync(TimeSpan by)
    {
        var (status, body) = await AdminPostAsync("clock", $"{{\"advanceSeconds\": {by.TotalSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}}}");
        Assert.That(status, Is.EqualTo(200), body.ToJsonString());
        return body;
    }

    public async Task AddFaultAsync(string json)
    {
        var (status, body) = await AdminPostAsync("faults", json);
        Assert.That(status, Is.EqualTo(200), body.ToJsonString());
    }

    public void Dispose() => _http.Dispose();
}
