namespace Majordome.Cards.Templating.Expressions;

/// <summary>
/// A malformed expression. Internal: the binder turns it into a <see cref="TemplateException"/> that adds the
/// template name and the JSON path, which the parser does not know.
/// </summary>
internal sealed class ExpressionSyntaxException(string message) : Exception(message);
