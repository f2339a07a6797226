using System.Text.Json;

namespace AlicloudLive.SdkGen.Schema;

/// <summary>Reads schema.json into a bound <see cref="PackageSpec"/>: references resolved, lists sorted.</summary>
public static class SchemaReader
{
    private const string TypeRefPrefix = "#/types/";

    public static PackageSpec Read(string schemaJson)
    {
        using var document = ParseDocument(schemaJson);
        var root = document.RootElement;
        var name = Str(root, "name");
        if (name.Length == 0)
        {
            throw new SchemaException("schema has no package name");
        }

        var rawTypes = root.TryGetProperty("types", out var t) ? t : default;
        var binder = new TypeBinder(rawTypes);
        var objectTypes = new SortedDictionary<string, ObjectTypeSpec>(StringComparer.Ordinal);
        var enumTypes = new SortedDictionary<string, EnumTypeSpec>(StringComparer.Ordinal);
        if (rawTypes.ValueKind == JsonValueKind.Object)
        {
            foreach (var type in rawTypes.EnumerateObject())
            {
                if (type.Value.TryGetProperty("enum", out _))
                {
                    enumTypes[type.Name] = ReadEnum(type.Name, type.Value);
                }
                else
                {
                    objectTypes[type.Name] = new ObjectTypeSpec(
                        type.Name,
                        Str(type.Value, "description"),
                        binder.Properties(type.Value, "properties", "required", $"#/types/{type.Name}"));
                }
            }
        }

        var config = root.TryGetProperty("config", out var c) ? binder.Properties(c, "variables", "defaults", "#/config") : [];
        var providerSpec = root.TryGetProperty("provider", out var p) ? p : default;
        var provider = ReadResource($"pulumi:providers:{name}", providerSpec, binder, isProvider: true);
        var resources = root.TryGetProperty("resources", out var r)
            ? r.EnumerateObject()
                .Select(res => ReadResource(res.Name, res.Value, binder, isProvider: false))
                .OrderBy(res => res.Token, StringComparer.Ordinal)
                .ToList()
            : [];
        var functions = root.TryGetProperty("functions", out var f)
            ? f.EnumerateObject()
                .Select(fn => ReadFunction(fn.Name, fn.Value, binder))
                .OrderBy(fn => fn.Token, StringComparer.Ordinal)
                .ToList()
            : [];

        return new PackageSpec(
            name,
            Str(root, "version"),
            Str(root, "description"),
            Str(root, "license"),
            Str(root, "homepage"),
            Str(root, "repository"),
            Str(root, "publisher"),
            Str(root, "pluginDownloadURL"),
            root.TryGetProperty("meta", out var meta) ? Str(meta, "moduleFormat") : "",
            config,
            provider,
            resources,
            functions,
            objectTypes,
            enumTypes,
            ReadCSharp(root));
    }

    private static JsonDocument ParseDocument(string schemaJson)
    {
        try
        {
            return JsonDocument.Parse(schemaJson);
        }
        catch (JsonException e)
        {
            throw new SchemaException("schema is not valid JSON: " + e.Message, e);
        }
    }

    private static ResourceSpec ReadResource(string token, JsonElement spec, TypeBinder binder, bool isProvider)
    {
        if (spec.ValueKind != JsonValueKind.Object)
        {
            return new ResourceSpec(token, "", [], [], null, isProvider, "", []);
        }

        var path = isProvider ? "#/provider" : $"#/resources/{token}";
        if (spec.TryGetProperty("methods", out var methods) && methods.EnumerateObject().Any())
        {
            throw new SchemaException($"{path}/methods: resource methods are not supported by this generator");
        }

        IReadOnlyList<PropertySpec>? state = spec.TryGetProperty("stateInputs", out var stateSpec)
            ? binder.Properties(stateSpec, "properties", "required", path + "/stateInputs")
            : null;
        return new ResourceSpec(
            token,
            Str(spec, "description"),
            binder.Properties(spec, "properties", "required", path),
            binder.Properties(spec, "inputProperties", "requiredInputs", path),
            state,
            isProvider,
            Str(spec, "deprecationMessage"),
            AliasTypes(token, spec),
            spec.TryGetProperty("isComponent", out var component) && component.ValueKind == JsonValueKind.True);
    }

    private static FunctionSpec ReadFunction(string token, JsonElement spec, TypeBinder binder)
    {
        var path = $"#/functions/{token}";
        if (spec.TryGetProperty("multiArgumentInputs", out var multi) && multi.ValueKind == JsonValueKind.Array)
        {
            throw new SchemaException($"{path}/multiArgumentInputs: multi-argument functions are not supported by this generator");
        }

        IReadOnlyList<PropertySpec>? inputs = null;
        if (spec.TryGetProperty("inputs", out var inputSpec))
        {
            inputs = binder.Properties(inputSpec, "properties", "required", path + "/inputs");
            if (inputs.FirstOrDefault(p => ContainsObjectType(p.Type)) is { } objectInput)
            {
                throw new SchemaException(
                    $"{path}/inputs/properties/{objectInput.Name}: object-typed function inputs are not supported by this generator");
            }
        }

        IReadOnlyList<PropertySpec>? outputs = null;
        if (spec.TryGetProperty("outputs", out var outputSpec))
        {
            if (outputSpec.TryGetProperty("$ref", out _) || Str(outputSpec, "type") != "object" || outputSpec.TryGetProperty("additionalProperties", out _))
            {
                throw new SchemaException($"{path}/outputs: only an inline object return type is supported by this generator");
            }

            outputs = binder.Properties(outputSpec, "properties", "required", path + "/outputs");
        }

        return new FunctionSpec(token, Str(spec, "description"), inputs, outputs, Str(spec, "deprecationMessage"));
    }

    private static bool ContainsObjectType(SchemaType type) => type switch
    {
        ObjectTypeRef => true,
        ArrayType a => ContainsObjectType(a.Items),
        MapType m => ContainsObjectType(m.Values),
        _ => false,
    };

    /// <summary>The type of each alias (the earlier tokens of the resource); an alias names nothing else upstream emits.</summary>
    private static IReadOnlyList<string> AliasTypes(string token, JsonElement spec)
    {
        if (!spec.TryGetProperty("aliases", out var aliases))
        {
            return [];
        }

        return aliases.EnumerateArray().Select((alias, i) =>
        {
            var type = Str(alias, "type");
            return type.Length > 0
                ? type
                : throw new SchemaException($"#/resources/{token}/aliases/{i}: an alias without a type is not supported by this generator");
        }).ToList();
    }

    private static EnumTypeSpec ReadEnum(string token, JsonElement spec)
    {
        var kind = Str(spec, "type") switch
        {
            "string" => PrimitiveKind.String,
            "integer" => PrimitiveKind.Integer,
            "number" => PrimitiveKind.Number,
            var other => throw new SchemaException($"#/types/{token}/type: enums of type '{other}' are not supported by this generator"),
        };
        var values = spec.GetProperty("enum").EnumerateArray()
            .Select(v => new EnumValueSpec(
                Str(v, "name"),
                v.GetProperty("value").Clone(),
                Str(v, "description"),
                Str(v, "deprecationMessage")))
            .ToList();
        return new EnumTypeSpec(token, Str(spec, "description"), kind, values);
    }

    private static CSharpSettings ReadCSharp(JsonElement root)
    {
        var csharp = root.TryGetProperty("language", out var language) && language.TryGetProperty("csharp", out var cs)
            ? cs
            : default;
        if (csharp.ValueKind != JsonValueKind.Object)
        {
            return new CSharpSettings("Pulumi", new Dictionary<string, string>(), [], RespectSchemaVersion: false);
        }

        var rootNamespace = Str(csharp, "rootNamespace");
        return new CSharpSettings(
            rootNamespace.Length == 0 ? "Pulumi" : rootNamespace,
            StringMap(csharp, "namespaces").ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal),
            StringMap(csharp, "packageReferences").OrderBy(kv => kv.Key, StringComparer.Ordinal).ToList(),
            csharp.TryGetProperty("respectSchemaVersion", out var respect) && respect.ValueKind == JsonValueKind.True);
    }

    private static IEnumerable<KeyValuePair<string, string>> StringMap(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString() ?? ""))
            : [];

    internal static string Str(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            ? v.GetString()!
            : "";

    /// <summary>Binds property specs, resolving $refs against the schema's types.</summary>
    private sealed class TypeBinder(JsonElement rawTypes)
    {
        /// <param name="path">The JSON path of <paramref name="parent"/>, for messages naming what is not supported.</param>
        public IReadOnlyList<PropertySpec> Properties(JsonElement parent, string propertiesName, string requiredName, string path)
        {
            if (parent.ValueKind != JsonValueKind.Object || !parent.TryGetProperty(propertiesName, out var props))
            {
                return [];
            }

            var required = parent.TryGetProperty(requiredName, out var req)
                ? req.EnumerateArray().Select(e => e.GetString()).ToHashSet(StringComparer.Ordinal)
                : [];
            return props.EnumerateObject()
                .Select(p => Property(p.Name, $"{path}/{propertiesName}/{p.Name}", p.Value, required.Contains(p.Name)))
                .OrderBy(p => p.Name, StringComparer.Ordinal)
                .ToList();
        }

        private PropertySpec Property(string name, string path, JsonElement spec, bool required)
        {
            if (spec.TryGetProperty("plain", out var plain) && plain.ValueKind == JsonValueKind.True)
            {
                throw new SchemaException($"{path}/plain: plain properties are not supported by this generator");
            }

            if (spec.TryGetProperty("const", out _))
            {
                throw new SchemaException($"{path}/const: const properties are not supported by this generator");
            }

            var environment = spec.TryGetProperty("defaultInfo", out var info) && info.TryGetProperty("environment", out var env)
                ? env.EnumerateArray().Select(e => e.GetString() ?? "").ToList()
                : [];
            var csharpName = spec.TryGetProperty("language", out var lang) && lang.TryGetProperty("csharp", out var cs)
                ? Str(cs, "name")
                : "";
            return new PropertySpec(
                name,
                Type(path, spec),
                required,
                Str(spec, "description"),
                IsTrue(spec, "secret"),
                IsTrue(spec, "replaceOnChanges"),
                spec.TryGetProperty("default", out var dv) ? dv.Clone() : null,
                environment,
                Str(spec, "deprecationMessage"),
                csharpName.Length == 0 ? null : csharpName);
        }

        private SchemaType Type(string context, JsonElement spec)
        {
            var reference = Str(spec, "$ref");
            if (reference.Length > 0)
            {
                return Reference(context, reference);
            }

            return Str(spec, "type") switch
            {
                "boolean" => new PrimitiveType(PrimitiveKind.Boolean),
                "integer" => new PrimitiveType(PrimitiveKind.Integer),
                "number" => new PrimitiveType(PrimitiveKind.Number),
                "string" => new PrimitiveType(PrimitiveKind.String),
                "array" when spec.TryGetProperty("items", out var items) => new ArrayType(Type(context + "/items", items)),
                "array" => throw new SchemaException($"{context}/items: an array type needs items"),
                "object" => new MapType(spec.TryGetProperty("additionalProperties", out var values)
                    ? Type(context + "/additionalProperties", values)
                    : new PrimitiveType(PrimitiveKind.String)),
                "" when spec.TryGetProperty("oneOf", out _) => throw new SchemaException($"{context}/oneOf: union types are not supported by this generator"),
                "" => throw new SchemaException($"{context}: a property needs a type or a $ref"),
                var other => throw new SchemaException($"{context}/type: type '{other}' is not supported by this generator"),
            };
        }

        private SchemaType Reference(string context, string reference)
        {
            if (reference == "pulumi.json#/Any")
            {
                return new PrimitiveType(PrimitiveKind.Any);
            }

            if (!reference.StartsWith(TypeRefPrefix, StringComparison.Ordinal))
            {
                throw new SchemaException($"{context}/$ref: the reference '{reference}' is not supported by this generator");
            }

            var token = Uri.UnescapeDataString(reference[TypeRefPrefix.Length..]);
            if (rawTypes.ValueKind != JsonValueKind.Object || !rawTypes.TryGetProperty(token, out var target))
            {
                throw new SchemaException($"{context}/$ref: reference to unknown type '{token}'");
            }

            return target.TryGetProperty("enum", out _) ? new EnumTypeRef(token) : new ObjectTypeRef(token);
        }

        private static bool IsTrue(JsonElement spec, string name) =>
            spec.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.True;
    }
}
