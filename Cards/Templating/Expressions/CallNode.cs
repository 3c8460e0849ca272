using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>A call such as <c>formatNumber(price, 2)</c>; the function receives its arguments unevaluated (see <see cref="TemplateFunction"/>).</summary>
internal sealed class CallNode(TemplateFunction function, IReadOnlyList<Node> arguments) : Node
{
    public override JToken? Evaluate(Scope scope, BindingSession session) =>
        function.Invoke(new FunctionCall(arguments, scope, session));
}
