using AlicloudLive.SdkGen.Emit;
using AlicloudLive.SdkGen.Schema;

namespace AlicloudLive.SdkGen.Tests.Support;

/// <summary>A tiny schema (modules "ice" and "live") for unit tests of type mapping and option lists.</summary>
internal static class SmallSchema
{
    public const string Json = """
    {
      "name": "pkg",
      "version": "0.0.1",
      "meta": { "moduleFormat": "(.*)" },
      "types": {
        "pkg:ice:Stream": { "type": "object", "properties": {
            "url": { "type": "string", "replaceOnChanges": true },
            "child": { "$ref": "#/types/pkg:ice:Stream" },
            "tags": { "type": "object", "additionalProperties": { "$ref": "#/types/pkg:ice:Leaf" } } } },
        "pkg:ice:Leaf": { "type": "object", "properties": { "key": { "type": "string", "replaceOnChanges": true } } },
        "pkg:ice:Mode": { "type": "string", "enum": [ { "value": "a" } ] },
        "pkg:live:Other": { "type": "object", "properties": { "x": { "type": "integer" } } }
      },
      "resources": {
        "pkg:ice:Job": {
          "properties": {
            "name": { "type": "string", "secret": true },
            "streams": { "type": "array", "items": { "$ref": "#/types/pkg:ice:Stream" } },
            "stream": { "$ref": "#/types/pkg:ice:Stream" },
            "ids": { "type": "array", "items": { "type": "string" }, "replaceOnChanges": true },
            "labels": { "type": "object", "additionalProperties": { "type": "string" }, "replaceOnChanges": true },
            "token": { "type": "string", "secret": true, "replaceOnChanges": true }
          }
        }
      }
    }
    """;

    public static PackageContext Context() => new(SchemaReader.Read(Json));
}
