using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>
/// A function of the expression language. Arguments arrive unevaluated so that <c>if</c> evaluates only the branch
/// it picks and <c>empty</c> can ask for a value without strict mode calling it missing.
/// </summary>
/// <param name="Name">The name as written in templates (case-sensitive, as in Adaptive Expressions).</param>
/// <param name="MinArguments">The fewest arguments; checked when the expression is parsed.</param>
/// <param name="MaxArguments">The most arguments.</param>
/// <param name="Invoke">The implementation; returns null for "missing".</param>
internal sealed record TemplateFunction(string Name, int MinArguments, int MaxArguments, Func<FunctionCall, JToken?> Invoke);
