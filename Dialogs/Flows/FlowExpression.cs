using System.Globalization;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// A condition or value written in a flow file: numbers, "texts", dates (2008-12-06), durations (18y, 30d),
/// true/false, variables, <c>today</c> and <c>now</c>, + - * / (dates move by durations, texts join with +),
/// <c>length(x)</c>, comparisons (== != &lt; &lt;= &gt; &gt;=), <c>in [a, b]</c>, <c>contains</c>, and/or/not and parentheses. Evaluating never throws: an unset
/// variable is null, and comparing values of different kinds is simply false, so no customer sees an error.
/// </summary>
public sealed class FlowExpression
{
    private readonly FlowExpressionNode _root;

    private FlowExpression(string text, FlowExpressionNode root, IReadOnlyList<string> variables, IReadOnlyList<(int Offset, string Message)> mistakes)
    {
        Text = text;
        _root = root;
        Variables = variables;
        Mistakes = mistakes;
    }

    /// <summary>The name under which the evaluating flow passes today's date (a <see cref="DateOnly"/> in the customer's time zone).</summary>
    public const string Today = "today";

    /// <summary>The name under which the evaluating flow passes the current time (a <see cref="DateTime"/> in the customer's time zone).</summary>
    public const string Now = "now";

    /// <summary>The expression as written.</summary>
    public string Text { get; }

    /// <summary>The variables the expression reads, in order of appearance.</summary>
    public IReadOnlyList<string> Variables { get; }

    /// <summary>
    /// What reads well but can never work, with the offset in <see cref="Text"/> where it is: the validator reports
    /// each (an ordering comparison against a quoted text is always false).
    /// </summary>
    public IReadOnlyList<(int Offset, string Message)> Mistakes { get; }

    /// <summary>Reads <paramref name="text"/>.</summary>
    /// <exception cref="FlowExpressionException">The text is not a valid expression; the exception says where and why.</exception>
    public static FlowExpression Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parser = new FlowExpressionParser(text);
        var root = parser.ParseAll();
        return new FlowExpression(text, root, parser.Variables, parser.Mistakes);
    }

    /// <summary>The value of the expression: a decimal, a string, a bool, or null.</summary>
    public object? Evaluate(IReadOnlyDictionary<string, object?> variables)
    {
        ArgumentNullException.ThrowIfNull(variables);
        return _root.Evaluate(variables);
    }

    /// <summary>Whether the expression holds (true, a non-zero number, a non-empty text).</summary>
    public bool IsTrue(IReadOnlyDictionary<string, object?> variables) => Truthy(Evaluate(variables));

    /// <summary>How a value reads as a condition.</summary>
    internal static bool Truthy(object? value) => value switch
    {
        null => false,
        bool b => b,
        decimal d => d != 0,
        string s => s.Length > 0,
        _ => true,
    };

    /// <summary>Two values are equal: numbers by value, texts ignoring case, yes/no as such.</summary>
    internal static bool AreEqual(object? left, object? right) => (left, right) switch
    {
        (null, null) => true,
        (decimal a, decimal b) => a == b,
        (string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase),
        (bool a, bool b) => a == b,
        (DateOnly a, _) => FlowDates.TryRead(right, out var b) && a == b,
        (_, DateOnly b) => FlowDates.TryRead(left, out var a) && a == b,
        (decimal a, string b) => decimal.TryParse(b, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == a,
        (string a, decimal b) => decimal.TryParse(a, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) && n == b,
        _ => false,
    };

    /// <inheritdoc />
    public override string ToString() => Text;
}
