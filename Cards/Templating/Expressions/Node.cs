using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>A node of a parsed expression. Evaluation returns null for "missing" (unlike a JSON null value).</summary>
internal abstract class Node
{
    public abstract JToken? Evaluate(Scope scope, BindingSession session);
}
