namespace AlicloudLive.SdkGen.Schema;

/// <summary>The schema is malformed or uses a construct this generator does not support.</summary>
public sealed class SchemaException : Exception
{
    public SchemaException()
    {
    }

    public SchemaException(string message)
        : base(message)
    {
    }

    public SchemaException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
