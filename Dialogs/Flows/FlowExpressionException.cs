namespace Majordome.Dialogs.Flows;

/// <summary>An expression in a flow file cannot be read; <see cref="Offset"/> says where.</summary>
public sealed class FlowExpressionException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FlowExpressionException()
        : this("the expression cannot be read.", 0)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FlowExpressionException(string message)
        : this(message, 0)
    {
    }

    /// <summary>Creates the exception.</summary>
    public FlowExpressionException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception for a problem at the 0-based <paramref name="offset"/> in the expression.</summary>
    public FlowExpressionException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    /// <summary>Where in the expression the problem is (0-based).</summary>
    public int Offset { get; }
}
