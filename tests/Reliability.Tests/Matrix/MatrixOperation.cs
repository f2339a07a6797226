namespace AlicloudLive.Reliability.Tests.Matrix;

/// <summary>The engine operations a fault is injected into.</summary>
public enum MatrixOperation
{
    Create,
    Update,
    Delete,
}
