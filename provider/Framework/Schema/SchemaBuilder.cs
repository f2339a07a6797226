using System.Text.Json;
using System.Text.Json.Nodes;
using AlicloudLive.Framework.Definitions;
using AlicloudLive.Framework.Rules;
using AlicloudLive.Values;

namespace AlicloudLive.Framework.Schema;

/// <summary>Builds the Pulumi package schema (schema.json) from the definitions; deterministic output.</summary>
public static class SchemaBuilder
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Build<TClient>(ProviderDefinition<TClient> provider)
        where TClient : class
    {
        var p = provider.Package;
        var types = new SortedDictionary<string, JsonObject>(StringComparer.Ordinal);
        var config = new JsonObject();
        foreach (var c in provider.Config)
        {
            config[c.Name] = Property(c, types, withRule: false);
        }

        var resources = new JsonObject();
        foreach (var r in provider.Resources.OrderBy(r => r.Token, StringComparer.Ordinal))
        {
            resources[r.Token] = Resource(r, types);
        }

        foreach (var c in provider.Components.OrderBy(c => c.Token, StringComparer.Ordinal))
        {
            resources[c.Token] = Component(c, types);
        }

        var functions = new JsonObject();
        foreach (var f in provider.Functions.OrderBy(f => f.Token, StringComparer.Ordinal))
        {
            functions[f.Token] = Function(f, types);
        }

        var typesNode = new JsonObject();
        foreach (var (token, node) in types)
        {
            typesNode[token] = node;
        }

        var root = new JsonObject
        {
            ["name"] = p.Name,
            ["displayName"] = p.DisplayName,
            ["version"] = p.Version,
            ["description"] = p.Description,
            ["keywords"] = new JsonArray(p.Keywords.Select(k => (JsonNode?)k).ToArray()),
            ["homepage"] = p.Homepage,
            ["license"] = p.License,
            ["repository"] = p.Repository,
            ["publisher"] = p.Publisher,
            ["meta"] = new JsonObject { ["moduleFormat"] = "(.*)" },
            ["config"] = new JsonObject { ["variables"] = config },
            ["types"] = typesNode,
            ["provider"] = new JsonObject
            {
                ["description"] = $"The provider type for the {p.Name} package.",
                ["inputProperties"] = config.DeepClone(),
            },
            ["resources"] = resources,
            ["language"] = new JsonObject
            {
                ["csharp"] = new JsonObject
                {
                    ["rootNamespace"] = p.CSharpRootNamespace,
                    ["namespaces"] = new JsonObject(p.CSharpNamespaces.OrderBy(k => k.Key, StringComparer.Ordinal)
                        .Select(kv => KeyValuePair.Create(kv.Key, (JsonNode?)kv.Value))),
                    // 3.87.0 is the first Pulumi .NET SDK that accepts [OutputType] objects as resource outputs.
                    ["packageReferences"] = new JsonObject { ["Pulumi"] = "[3.87.0,4)" },
                    ["respectSchemaVersion"] = true,
                },
            },
        };
        if (functions.Count > 0)
        {
            root["functions"] = functions;
        }

        return root.ToJsonString(Indented) + "\n";
    }

    private static JsonObject Resource<TClient>(ResourceDefinition<TClient> r, SortedDictionary<string, JsonObject> types)
        where TClient : class
    {
        var properties = new JsonObject();
        var inputs = new JsonObject();
        foreach (var i in r.Inputs.OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            inputs[i.Name] = Property(i, types, withRule: true);
        }

        foreach (var prop in r.Inputs.Concat(r.Outputs).OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            properties[prop.Name] = Property(prop, types, withRule: r.Inputs.Contains(prop));
        }

        return new JsonObject
        {
            ["description"] = r.Description,
            ["properties"] = properties,
            ["required"] = Names(r.Inputs.Concat(r.Outputs).Where(x => x.Required || x.Default is not null || x.Name == r.AutoNameProperty)),
            ["inputProperties"] = inputs,
            ["requiredInputs"] = Names(r.Inputs.Where(x => x.Required)),
            ["stateInputs"] = StateInputs(r.Token, properties),
        };
    }

    /// <summary>
    /// A component resourceSpec: isComponent, its outputs as properties and its inputs. Component inputs have no update
    /// rule of their own (each child follows its own), so their descriptions carry none.
    /// </summary>
    private static JsonObject Component(ComponentDefinition c, SortedDictionary<string, JsonObject> types)
    {
        var inputs = new JsonObject();
        foreach (var i in c.Inputs.OrderBy(i => i.Name, StringComparer.Ordinal))
        {
            inputs[i.Name] = Property(i, types, withRule: false);
        }

        var properties = new JsonObject();
        foreach (var o in c.Outputs.OrderBy(o => o.Name, StringComparer.Ordinal))
        {
            properties[o.Name] = Property(o, types, withRule: false);
        }

        return new JsonObject
        {
            ["isComponent"] = true,
            ["description"] = c.Description,
            ["properties"] = properties,
            ["required"] = Names(c.Outputs.Where(o => o.Required)),
            ["inputProperties"] = inputs,
            ["requiredInputs"] = Names(c.Inputs.Where(i => i.Required)),
        };
    }

    /// <summary>A functionSpec: inputs and outputs as object type specs; the outputs echo the inputs.</summary>
    private static JsonObject Function<TClient>(FunctionDefinition<TClient> f, SortedDictionary<string, JsonObject> types)
        where TClient : class
    {
        var echoed = f.Inputs.Where(i => f.Outputs.All(o => o.Name != i.Name));
        var outputs = f.Outputs.Concat(echoed).ToList();
        return new JsonObject
        {
            ["description"] = f.Description,
            ["inputs"] = ObjectSpec(f.Inputs, f.Inputs.Where(x => x.Required), types),
            ["outputs"] = ObjectSpec(outputs, outputs.Where(x => x.Required || x.Default is not null), types),
        };
    }

    private static JsonObject ObjectSpec(IEnumerable<PropertyDefinition> props, IEnumerable<PropertyDefinition> required, SortedDictionary<string, JsonObject> types)
    {
        var properties = new JsonObject();
        foreach (var p in props.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            properties[p.Name] = Property(p, types, withRule: false);
        }

        return new JsonObject
        {
            ["type"] = "object",
            ["properties"] = properties,
            ["required"] = Names(required),
        };
    }

    /// <summary>
    /// What `Get(name, id, state)` may pass: every property, none required and none defaulted (a lookup sends only
    /// what the user gave; Pulumi's codegen sets defaults in the State class's constructor).
    /// </summary>
    private static JsonObject StateInputs(string token, JsonObject properties)
    {
        var state = properties.DeepClone().AsObject();
        foreach (var (_, property) in state)
        {
            property!.AsObject().Remove("default");
            property.AsObject().Remove("defaultInfo");
        }

        return new JsonObject
        {
            ["description"] = $"Input properties used for looking up and filtering {TypeName(token)} resources.",
            ["type"] = "object",
            ["properties"] = state,
        };
    }

    private static string TypeName(string token) => token[(token.LastIndexOf(':') + 1)..];

    private static JsonArray Names(IEnumerable<PropertyDefinition> props) =>
        new(props.Select(x => x.Name).Order(StringComparer.Ordinal).Select(n => (JsonNode?)n).ToArray());

    private static JsonObject Property(PropertyDefinition prop, SortedDictionary<string, JsonObject> types, bool withRule)
    {
        var node = TypeNode(prop.Type, types);
        var description = TextRules.Sentence(prop) is { } bounds ? $"{prop.Description} {bounds}" : prop.Description;
        node["description"] = withRule ? $"{description} {prop.Rule.Sentence}" : description;
        if (prop.Default is { } d)
        {
            node["default"] = DefaultNode(d);
        }

        if (prop.EnvironmentDefaults.Count > 0)
        {
            node["defaultInfo"] = new JsonObject
            {
                ["environment"] = new JsonArray(prop.EnvironmentDefaults.Select(e => (JsonNode?)e).ToArray()),
            };
        }

        if (prop.Secret)
        {
            node["secret"] = true;
        }

        if (withRule && prop.Rule is ReplaceRule)
        {
            node["replaceOnChanges"] = true;
        }

        return node;
    }

    private static JsonObject TypeNode(TypeRef type, SortedDictionary<string, JsonObject> types) => type switch
    {
        ScalarType s => new JsonObject { ["type"] = s.Name },
        ArrayType a => new JsonObject { ["type"] = "array", ["items"] = TypeNode(a.Items, types) },
        MapType m => new JsonObject { ["type"] = "object", ["additionalProperties"] = TypeNode(m.Values, types) },
        ObjectType o => Reference(o.Token, () => ObjectTypeNode(o, types), types),
        EnumType e => Reference(e.Token, () => EnumTypeNode(e), types),
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "unsupported type"),
    };

    private static JsonObject Reference(string token, Func<JsonObject> build, SortedDictionary<string, JsonObject> types)
    {
        if (!types.ContainsKey(token))
        {
            types[token] = new JsonObject();
            types[token] = build();
        }

        return new JsonObject { ["$ref"] = $"#/types/{token}" };
    }

    private static JsonObject ObjectTypeNode(ObjectType o, SortedDictionary<string, JsonObject> types)
    {
        var props = new JsonObject();
        foreach (var p in o.Properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            props[p.Name] = Property(p, types, withRule: false);
        }

        return new JsonObject
        {
            ["description"] = o.Description,
            ["type"] = "object",
            ["properties"] = props,
            ["required"] = Names(o.Properties.Where(p => p.Required)),
        };
    }

    private static JsonObject EnumTypeNode(EnumType e) => new()
    {
        ["description"] = e.Description,
        ["type"] = "string",
        ["enum"] = new JsonArray(e.Values.Select(v => (JsonNode?)new JsonObject
        {
            ["name"] = v.Name,
            ["value"] = v.Value,
            ["description"] = v.Description,
        }).ToArray()),
    };

    private static JsonNode? DefaultNode(PropertyValue value) => value switch
    {
        StringValue s => s.Value,
        NumberValue n => n.Value,
        BoolValue b => b.Value,
        _ => throw new ArgumentOutOfRangeException(nameof(value), value, "schema defaults must be scalars"),
    };
}
