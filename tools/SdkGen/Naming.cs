using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace AlicloudLive.SdkGen;

/// <summary>Pulumi's .NET naming rules: schema names (camelCase, tokens) to C# identifiers and namespaces.</summary>
public static partial class Naming
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "abstract", "as", "base", "bool", "break", "byte", "case", "catch", "char", "checked", "class", "const",
        "continue", "decimal", "default", "delegate", "do", "double", "else", "enum", "event", "explicit", "extern",
        "false", "finally", "fixed", "float", "for", "foreach", "goto", "if", "implicit", "in", "int", "interface",
        "internal", "is", "lock", "long", "namespace", "new", "null", "object", "operator", "out", "override",
        "params", "private", "protected", "public", "readonly", "ref", "return", "sbyte", "sealed", "short",
        "sizeof", "stackalloc", "static", "string", "struct", "switch", "this", "throw", "true", "try", "typeof",
        "uint", "ulong", "unchecked", "unsafe", "ushort", "using", "virtual", "void", "volatile", "while",
    };

    private static readonly Dictionary<string, string> ShortEnumNames = new(StringComparer.Ordinal)
    {
        ["*"] = "Asterisk",
        ["0"] = "Zero",
        ["1"] = "One",
        ["2"] = "Two",
        ["3"] = "Three",
        ["4"] = "Four",
        ["5"] = "Five",
        ["6"] = "Six",
        ["7"] = "Seven",
        ["8"] = "Eight",
        ["9"] = "Nine",
    };

    /// <summary>
    /// Upstream's Title: the first letter upper-cased and each hyphen removed, upper-casing the letter after it:
    /// "inputUrl" → "InputUrl", "my-name" → "MyName".
    /// </summary>
    public static string Title(string name) => string.Concat(name.Split('-').Select(UpperFirst));

    private static string UpperFirst(string part) =>
        part.Length == 0 ? part : char.ToUpperInvariant(part[0]) + part[1..];

    /// <summary>A parameter-safe identifier: a leading '$' is dropped and C# keywords get an '@'.</summary>
    public static string CSharpIdentifier(string name)
    {
        var trimmed = name.StartsWith('$') ? name[1..] : name;
        return Keywords.Contains(trimmed) ? "@" + trimmed : trimmed;
    }

    public static bool IsKeyword(string name) => Keywords.Contains(name);

    /// <summary>
    /// The [OutputConstructor] parameter for a wire name: the name itself when it is a C# identifier (the serializer
    /// matches parameters by name), else a camelCase identifier that needs [OutputConstructorParameter("wire-name")].
    /// </summary>
    public static (string Name, bool NeedsAttribute) OutputConstructorParameter(string wireName)
    {
        var identifier = CSharpIdentifier(wireName);
        if (ValidIdentifier(identifier) == identifier)
        {
            return (identifier, false);
        }

        var title = ValidIdentifier(Title(wireName.TrimStart('$')));
        return (char.ToLowerInvariant(title[0]) + title[1..], true);
    }

    /// <summary>
    /// The C# member name of a schema property inside the type whose simple name is <paramref name="ownerName"/>:
    /// language.csharp.name when given, else the title-cased wire name; a member may not share its type's name
    /// (CS0542), so such a member gets the suffix "Value".
    /// </summary>
    public static string MemberName(string wireName, string? csharpName, string ownerName)
    {
        var name = csharpName ?? ValidIdentifier(Title(wireName.TrimStart('$')));
        return name == ownerName ? name + "Value" : name;
    }

    /// <summary>A namespace segment: the configured mapping, else each '/'-part title-cased with dashes removed.</summary>
    public static string NamespaceName(IReadOnlyDictionary<string, string> namespaces, string name)
    {
        if (namespaces.TryGetValue(name, out var mapped))
        {
            return mapped;
        }

        return string.Join('.', name.Split('/').Select(part => string.Concat(part.Split('-').Select(Title))));
    }

    /// <summary>The module of a token "pkg:module:Member"; "index" and provider tokens map to the root ("").</summary>
    public static string ModuleOf(string token, string moduleFormat)
    {
        var parts = token.Split(':');
        if (parts.Length != 3)
        {
            throw new Schema.SchemaException($"malformed token '{token}'");
        }

        if (parts[0] == "pulumi" && parts[1] == "providers")
        {
            return "";
        }

        var module = parts[1];
        if (moduleFormat.Length > 0)
        {
            var match = Regex.Match(module, "^(?:" + moduleFormat + ")$", RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1));
            if (match.Success && match.Groups.Count > 1 && match.Groups[1].Success)
            {
                module = match.Groups[1].Value;
            }
        }

        return module == "index" ? "" : module;
    }

    /// <summary>The type name of a token: its title-cased last component.</summary>
    public static string TypeName(string token)
    {
        var parts = token.Split(':');
        return parts.Length == 3 ? Title(parts[2]) : throw new Schema.SchemaException($"malformed token '{token}'");
    }

    /// <summary>An enum member name as upstream makes it: a valid identifier, capitalised, never "Equals".</summary>
    public static string SafeEnumName(string name, string enumName)
    {
        var expanded = ShortEnumNames.GetValueOrDefault(name, name);
        if (expanded.Length == 1 && !IsIdentifierStart(expanded[0]))
        {
            throw new Schema.SchemaException($"enum name '{name}' of {enumName} is not a valid identifier");
        }

        var safe = MultipleUnderscores().Replace(CapitaliseFirstLetter(ValidIdentifier(expanded)), "_");
        if (safe.StartsWith('_'))
        {
            safe = enumName + safe;
        }

        return safe == "Equals" ? "EqualsValue" : safe;
    }

    private static string ValidIdentifier(string name)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i == 0 && c == '@')
            {
                builder.Append(c);
            }
            else if (!IsIdentifierPart(c))
            {
                builder.Append('_');
            }
            else
            {
                if (i == 0 && !IsIdentifierStart(c))
                {
                    builder.Append('_');
                }

                builder.Append(c);
            }
        }

        var result = builder.ToString();
        return Keywords.Contains(result) ? "@" + result : result;
    }

    private static string CapitaliseFirstLetter(string name)
    {
        var index = name.StartsWith('@') ? 1 : 0;
        return index < name.Length
            ? name[..index] + char.ToUpperInvariant(name[index]) + name[(index + 1)..]
            : name;
    }

    private static bool IsIdentifierStart(char c) => c == '_' || char.IsLetter(c);

    private static bool IsIdentifierPart(char c) =>
        c == '_' || char.IsLetterOrDigit(c) ||
        CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.ConnectorPunctuation or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark;

    [GeneratedRegex("_+")]
    private static partial Regex MultipleUnderscores();
}
