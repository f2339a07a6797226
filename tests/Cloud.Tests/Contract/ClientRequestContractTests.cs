using System.Globalization;
using System.Reflection;
using System.Text.Json;
using System.Text.RegularExpressions;
using AlicloudLive.Cloud.Http;
using AlicloudLive.Cloud.Ice;
using AlicloudLive.Cloud.Live;
using AlicloudLive.Cloud.Tests.Fakes;

namespace AlicloudLive.Cloud.Tests.Contract;

/// <summary>
/// Holds the client's requests to docs/reference/alibaba-contract.json (what Alibaba's official SDKs define): action,
/// version, method, every parameter's name, location and serialisation style (scalar, json, repeatList, flat).
/// </summary>
public sealed partial class ClientRequestContractTests
{
    private static readonly JsonDocument Contract = ContractFile.Load();

    private static IEnumerable<ContractCase> Cases => ContractCases.All;

    [Test]
    public void Every_operation_the_client_defines_has_a_case()
    {
        var defined = new[] { typeof(LiveOperations), typeof(IceOperations) }
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static))
            .Where(f => f.FieldType == typeof(CloudOperation))
            .Select(f => ((CloudOperation)f.GetValue(null)!).Action);

        Assert.That(Cases.Select(c => c.Action), Is.EquivalentTo(defined));
    }

    [TestCaseSource(nameof(Cases))]
    public async Task The_request_is_the_contracts(ContractCase contractCase)
    {
        ArgumentNullException.ThrowIfNull(contractCase);
        var handler = new FakeHttpHandler().RespondOk("""{"RequestId":"r","RetCode":0,"TaskId":"t","JobId":"j"}""");
        using (var client = TestClients.Create(handler))
        {
            await contractCase.Call(client);
        }

        var request = handler.Requests.Single();
        var problems = Problems(contractCase, request);

        Assert.That(problems, Is.Empty, string.Join("\n", problems));
    }

    [Test]
    public void The_checker_catches_drift()
    {
        // The checker itself must notice each kind of drift, or the suite above could pass while blind.
        var drifted = new RecordedRequest(
            "GET",
            new Uri("http://127.0.0.1/?Name=n&TemplateId=t&StartMode=x&StreamInput=%7B%22Url%22%3A%22u%22%7D&TranscodeOutput.Type=a&Extra=1"),
            new Dictionary<string, string> { ["x-acs-action"] = "SubmitLiveTranscodeJob", ["x-acs-version"] = "2020-11-08" },
            false);

        var problems = Problems(new ContractCase("SubmitLiveTranscodeJob", _ => Task.CompletedTask), drifted);

        Assert.That(problems, Has.Some.Contain("method GET"));
        Assert.That(problems, Has.Some.Contain("version 2020-11-08"));
        Assert.That(problems, Has.Some.Contain("StartMode").And.Contain("integer"));
        Assert.That(problems, Has.Some.Contain("StreamInput").And.Contain("Url"));
        Assert.That(problems, Has.Some.Contain("StreamInput").And.Contain("InputUrl"));
        Assert.That(problems, Has.Some.Contain("TranscodeOutput.Type").And.Contain("json"));
        Assert.That(problems, Has.Some.Contain("Extra"));
    }

    private static List<string> Problems(ContractCase contractCase, RecordedRequest request)
    {
        var problems = new List<string>();
        if (!Contract.RootElement.GetProperty("operations").TryGetProperty(contractCase.Action, out var operation)
            || !operation.GetProperty("exists").GetBoolean())
        {
            return [$"{contractCase.Action} is not an operation of the contract"];
        }

        Expect(problems, "action", request.Headers["x-acs-action"], contractCase.Action);
        Expect(problems, "version", request.Headers["x-acs-version"], operation.GetProperty("version").GetString());
        Expect(problems, "method", request.Method, operation.GetProperty("method").GetString());
        if (request.HasBody)
        {
            problems.Add("a body was sent; every parameter of these operations is in the query");
        }

        var parameters = operation.GetProperty("params").EnumerateArray().ToDictionary(p => p.GetProperty("name").GetString()!);
        var sent = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in request.Query)
        {
            var top = key.Split('.')[0];
            if (!parameters.TryGetValue(top, out var parameter))
            {
                problems.Add($"sends {key}, which the contract does not define");
                continue;
            }

            sent.Add(top);
            if (parameter.GetProperty("location").GetString() != "query")
            {
                problems.Add($"sends {key} in the query; the contract puts it in {parameter.GetProperty("location").GetString()}");
            }

            CheckStyle(problems, key, value, parameter);
        }

        CheckRepeatListIndexes(problems, request.Query.Keys, parameters);
        foreach (var (name, parameter) in parameters)
        {
            var required = parameter.GetProperty("required").GetBoolean();
            if (!sent.Contains(name) && required)
            {
                problems.Add($"does not send {name}, which the contract requires");
            }
            else if (!sent.Contains(name) && !contractCase.NotSent.Contains(name))
            {
                problems.Add($"does not send {name} although every optional field was set (model it, or list it as not sent)");
            }
            else if (sent.Contains(name) && contractCase.NotSent.Contains(name))
            {
                problems.Add($"sends {name}, listed as not sent");
            }
        }

        return problems;
    }

    private static void CheckStyle(List<string> problems, string key, string value, JsonElement parameter)
    {
        var name = parameter.GetProperty("name").GetString()!;
        var style = parameter.GetProperty("style").GetString();
        var type = parameter.GetProperty("type").GetString();
        var fields = parameter.TryGetProperty("fields", out var f)
            ? f.EnumerateArray().ToDictionary(x => x.GetProperty("name").GetString()!, x => x)
            : [];
        switch (style)
        {
            case "scalar" when key != name:
                problems.Add($"sends {key}; {name} is a scalar, sent as {name}=value");
                break;
            case "scalar":
                CheckScalar(problems, key, value, type);
                break;
            case "json" when key != name:
                problems.Add($"sends {key}; {name} is json, sent as one JSON string");
                break;
            case "json":
                CheckJson(problems, key, value, type, fields);
                break;
            case "repeatList":
                var match = RepeatListKey().Match(key);
                if (!match.Success || match.Groups["name"].Value != name)
                {
                    problems.Add($"sends {key}; {name} is a repeatList, sent as {name}.1=… or {name}.1.Field=…");
                }
                else if (type == "array<object>" && !fields.ContainsKey(match.Groups["field"].Value))
                {
                    problems.Add($"sends {key}; the items of {name} have the fields {string.Join(", ", fields.Keys)}");
                }
                else if (type == "array<object>")
                {
                    CheckScalar(problems, key, value, fields[match.Groups["field"].Value].GetProperty("type").GetString());
                }
                else if (match.Groups["field"].Success)
                {
                    problems.Add($"sends {key}; the items of {name} are scalars");
                }

                break;
            case "flat":
                var field = key.Length > name.Length + 1 ? key[(name.Length + 1)..] : "";
                if (!fields.ContainsKey(field))
                {
                    problems.Add($"sends {key}; {name} is flat, sent as {name}.Field with a field of {string.Join(", ", fields.Keys)}");
                }

                break;
            default:
                problems.Add($"the contract gives {name} the unknown style {style}");
                break;
        }
    }

    private static void CheckScalar(List<string> problems, string key, string value, string? type)
    {
        var ok = type switch
        {
            "integer" => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _),
            "boolean" => value is "true" or "false",
            _ => true,
        };
        if (!ok)
        {
            problems.Add($"sends {key}={value}, not a {type}");
        }
    }

    private static void CheckJson(List<string> problems, string key, string value, string? type, Dictionary<string, JsonElement> fields)
    {
        JsonElement json;
        try
        {
            using var document = JsonDocument.Parse(value);
            json = document.RootElement.Clone();
        }
        catch (JsonException)
        {
            problems.Add($"sends {key}={value}, not JSON");
            return;
        }

        if (type == "object" && json.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in json.EnumerateObject().Where(p => !fields.ContainsKey(p.Name)))
            {
                problems.Add($"sends {key} with the field {property.Name}; the contract's fields are {string.Join(", ", fields.Keys)}");
            }

            foreach (var (field, _) in fields.Where(x => x.Value.GetProperty("required").GetBoolean() && !json.TryGetProperty(x.Key, out _)))
            {
                problems.Add($"sends {key} without its required field {field}");
            }
        }
        else if (type!.StartsWith("array", StringComparison.Ordinal) ? json.ValueKind != JsonValueKind.Array : json.ValueKind != JsonValueKind.Object)
        {
            problems.Add($"sends {key} as a JSON {json.ValueKind}; the contract's type is {type}");
        }
    }

    /// <summary>A repeatList is numbered 1, 2, … without gaps.</summary>
    private static void CheckRepeatListIndexes(List<string> problems, IEnumerable<string> keys, Dictionary<string, JsonElement> parameters)
    {
        var indexes = keys.Select(k => RepeatListKey().Match(k)).Where(m => m.Success)
            .Where(m => parameters.TryGetValue(m.Groups["name"].Value, out var p) && p.GetProperty("style").GetString() == "repeatList")
            .GroupBy(m => m.Groups["name"].Value, m => int.Parse(m.Groups["index"].Value, CultureInfo.InvariantCulture));
        foreach (var list in indexes)
        {
            var distinct = list.Distinct().Order().ToList();
            if (!distinct.SequenceEqual(Enumerable.Range(1, distinct.Count)))
            {
                problems.Add($"numbers {list.Key} as {string.Join(",", distinct)}; a repeatList counts from 1 without gaps");
            }
        }
    }

    private static void Expect(List<string> problems, string what, string actual, string? expected)
    {
        if (actual != expected)
        {
            problems.Add($"{what} {actual}; the contract says {expected}");
        }
    }

    [GeneratedRegex(@"^(?<name>[A-Za-z]+)\.(?<index>[0-9]+)(\.(?<field>[A-Za-z]+))?$")]
    private static partial Regex RepeatListKey();
}
