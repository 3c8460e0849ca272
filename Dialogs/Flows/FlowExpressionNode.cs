namespace Majordome.Dialogs.Flows;

/// <summary>A node of a parsed expression.</summary>
internal abstract record FlowExpressionNode
{
    public abstract object? Evaluate(IReadOnlyDictionary<string, object?> variables);
}

internal sealed record LiteralNode(object? Value) : FlowExpressionNode
{
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables) => Value;
}

internal sealed record VariableNode(string Name) : FlowExpressionNode
{
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables) => variables.GetValueOrDefault(Name);
}

internal sealed record NotNode(FlowExpressionNode Operand) : FlowExpressionNode
{
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables) => !FlowExpression.Truthy(Operand.Evaluate(variables));
}

internal sealed record LogicalNode(bool IsAnd, FlowExpressionNode Left, FlowExpressionNode Right) : FlowExpressionNode
{
    // Short-circuits, as a marketer would expect from "budget and budget > 10".
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables) =>
        IsAnd
            ? FlowExpression.Truthy(Left.Evaluate(variables)) && FlowExpression.Truthy(Right.Evaluate(variables))
            : FlowExpression.Truthy(Left.Evaluate(variables)) || FlowExpression.Truthy(Right.Evaluate(variables));
}

internal sealed record InNode(FlowExpressionNode Item, IReadOnlyList<FlowExpressionNode> List) : FlowExpressionNode
{
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        var item = Item.Evaluate(variables);
        return List.Any(n => FlowExpression.AreEqual(item, n.Evaluate(variables)));
    }
}

internal sealed record ComparisonNode(string Operator, FlowExpressionNode Left, FlowExpressionNode Right) : FlowExpressionNode
{
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        var left = Left.Evaluate(variables);
        var right = Right.Evaluate(variables);
        return Operator switch
        {
            "==" => FlowExpression.AreEqual(left, right),
            "!=" => !FlowExpression.AreEqual(left, right),
            _ => Order(left, right) is { } order && Operator switch
            {
                "<" => order < 0,
                "<=" => order <= 0,
                ">" => order > 0,
                _ => order >= 0,
            },
        };
    }

    /// <summary>Numbers by value; dates when one side is a date and the other reads as one (a date question's answer).</summary>
    private static int? Order(object? left, object? right) => (left, right) switch
    {
        (decimal a, decimal b) => a.CompareTo(b),
        (DateOnly, _) or (_, DateOnly) when FlowDates.TryRead(left, out var a) && FlowDates.TryRead(right, out var b) => a.CompareTo(b),
        _ => null,
    };
}
