using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary><c>!x</c> (logical not) and <c>-x</c> (negation).</summary>
internal sealed class UnaryNode(string op, Node operand) : Node
{
    public override JToken? Evaluate(Scope scope, BindingSession session)
    {
        var value = operand.Evaluate(scope, session);
        if (op == "!")
        {
            return new JValue(!Values.IsTrue(value));
        }

        return value switch
        {
            JValue { Type: JTokenType.Integer } i => new JValue(-i.Value<long>()),
            JValue { Type: JTokenType.Float } f => new JValue(-Values.ToDouble(f)),
            _ => null,
        };
    }
}
