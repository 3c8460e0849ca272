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
            _ => (left, right) is (decimal a, decimal b) && Operator switch
            {
                "<" => a < b,
                "<=" => a <= b,
                ">" => a > b,
                _ => a >= b,
            },
        };
    }
}
