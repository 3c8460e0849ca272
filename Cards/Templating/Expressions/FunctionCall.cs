using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>One call of a template function: its unevaluated arguments and what they evaluate against.</summary>
internal sealed record FunctionCall(IReadOnlyList<Node> Arguments, Scope Scope, BindingSession Session)
{
    public int Count => Arguments.Count;

    public JToken? Evaluate(int index) => Arguments[index].Evaluate(Scope, Session);

    /// <summary>Evaluates an argument only to test whether it exists, so strict mode does not report it as missing.</summary>
    public JToken? Probe(int index) => Session.Probe(() => Evaluate(index));
}
