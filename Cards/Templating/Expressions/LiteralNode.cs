using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>A string, number, boolean or null literal.</summary>
internal sealed class LiteralNode(JToken value) : Node
{
    public override JToken? Evaluate(Scope scope, BindingSession session) => value;
}
