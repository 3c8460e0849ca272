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
        (DateTime, _) or (_, DateTime) when FlowDates.TryReadMoment(left, out var a, out _) && FlowDates.TryReadMoment(right, out var b, out _) => a.CompareTo(b),
        (DateOnly, _) or (_, DateOnly) when FlowDates.TryRead(left, out var a) && FlowDates.TryRead(right, out var b) => a.CompareTo(b),
        _ => null,
    };
}

/// <summary>
/// + - * /: numbers; a date or a time and a duration (today - 18y); two dates (their difference in days); + with a
/// text joins texts. Anything else is null: a flow never stops on an expression.
/// </summary>
internal sealed record ArithmeticNode(char Operator, FlowExpressionNode Left, FlowExpressionNode Right) : FlowExpressionNode
{
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        var left = Left.Evaluate(variables);
        var right = Right.Evaluate(variables);
        return (Operator, left, right) switch
        {
            ('+', decimal a, decimal b) => a + b,
            ('-', decimal a, decimal b) => a - b,
            ('*', decimal a, decimal b) => a * b,
            ('/', decimal a, decimal b) => b == 0 ? null : a / b,
            ('+' or '-', _, FlowDuration duration) => Move(left, duration, Operator == '+' ? 1 : -1),
            ('+', FlowDuration duration, _) => Move(right, duration, 1),
            ('-', _, _) when FlowDates.TryRead(left, out var a) && FlowDates.TryRead(right, out var b) => (decimal)(a.DayNumber - b.DayNumber),
            ('+', string or decimal or bool, string or decimal or bool) when left is string || right is string => Text(left) + Text(right),
            _ => null,
        };
    }

    private static object? Move(object? value, FlowDuration duration, int sign) => value switch
    {
        DateTime moment => duration.AddTo(moment, sign),
        _ when FlowDates.TryReadMoment(value, out var moment, out var hasTime) && hasTime => duration.AddTo(moment, sign),
        _ when FlowDates.TryRead(value, out var day) => duration.AddTo(day, sign),
        _ => null,
    };

    private static string Text(object? value) => value switch
    {
        decimal d => d.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
    };
}

/// <summary>Whether a text contains another, ignoring case ("comment contains \"amer\"").</summary>
internal sealed record ContainsNode(FlowExpressionNode Text, FlowExpressionNode Part) : FlowExpressionNode
{
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables) =>
        Text.Evaluate(variables) is string text && Part.Evaluate(variables) is { } part
        && text.Contains(Convert.ToString(part, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty, StringComparison.OrdinalIgnoreCase);
}

/// <summary>length(x): how many characters a text has (0 when unset).</summary>
internal sealed record LengthNode(FlowExpressionNode Operand) : FlowExpressionNode
{
    public override object? Evaluate(IReadOnlyDictionary<string, object?> variables) => Operand.Evaluate(variables) switch
    {
        null => 0m,
        string text => (decimal)text.Length,
        var value => (decimal)(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty).Length,
    };
}
