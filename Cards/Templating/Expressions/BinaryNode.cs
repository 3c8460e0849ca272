using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>Comparison, logical and arithmetic operators between two expressions.</summary>
internal sealed class BinaryNode(string op, Node left, Node right) : Node
{
    public override JToken? Evaluate(Scope scope, BindingSession session)
    {
        // && and || short-circuit, so "$when": "${!empty(item) && item.stock > 0}" is safe.
        if (op == "&&")
        {
            return new JValue(Values.IsTrue(left.Evaluate(scope, session)) && Values.IsTrue(right.Evaluate(scope, session)));
        }

        if (op == "||")
        {
            return new JValue(Values.IsTrue(left.Evaluate(scope, session)) || Values.IsTrue(right.Evaluate(scope, session)));
        }

        var a = left.Evaluate(scope, session);
        var b = right.Evaluate(scope, session);
        return op switch
        {
            "==" => new JValue(Values.AreEqual(a, b)),
            "!=" => new JValue(!Values.AreEqual(a, b)),
            "<" => Compare(a, b, c => c < 0),
            "<=" => Compare(a, b, c => c <= 0),
            ">" => Compare(a, b, c => c > 0),
            ">=" => Compare(a, b, c => c >= 0),
            "+" => Values.Add(a, b),
            "-" => Values.Arithmetic(a, b, (x, y) => x - y, (x, y) => x - y),
            "*" => Values.Arithmetic(a, b, (x, y) => x * y, (x, y) => x * y),
            _ => throw new InvalidOperationException($"Unknown operator {op}."),
        };
    }

    private static JValue Compare(JToken? a, JToken? b, Func<int, bool> test) =>
        new(Values.Compare(a, b) is { } c && test(c));
}
