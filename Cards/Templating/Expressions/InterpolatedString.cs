using System.Text;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>
/// A template string split into literal text and <c>${...}</c> expressions. A string that is exactly one
/// expression keeps the JSON type of its value (number, boolean, object); otherwise the parts are joined as text.
/// </summary>
internal sealed class InterpolatedString
{
    private readonly IReadOnlyList<object> _parts;

    private InterpolatedString(IReadOnlyList<object> parts) => _parts = parts;

    /// <summary>True when the string holds at least one expression.</summary>
    public bool HasExpressions => _parts.Any(p => p is Node);

    /// <summary>Splits <paramref name="text"/>; throws <see cref="ExpressionSyntaxException"/> on a malformed expression.</summary>
    public static InterpolatedString Parse(string text)
    {
        var parts = new List<object>();
        var literal = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            var start = text.IndexOf("${", i, StringComparison.Ordinal);
            if (start < 0)
            {
                literal.Append(text, i, text.Length - i);
                break;
            }

            literal.Append(text, i, start - i);
            var end = FindClosingBrace(text, start + 2);
            if (literal.Length > 0)
            {
                parts.Add(literal.ToString());
                literal.Clear();
            }

            var source = text[(start + 2)..end];
            try
            {
                parts.Add(Parser.Parse(source));
            }
            catch (ExpressionSyntaxException e)
            {
                throw new ExpressionSyntaxException($"{e.Message} in '${{{source}}}'");
            }

            i = end + 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(literal.ToString());
        }

        return new InterpolatedString(parts);
    }

    /// <summary>The bound value; a missing whole-string value binds to "" like the official SDK (strict mode has already reported it).</summary>
    public JToken Evaluate(Scope scope, BindingSession session) => EvaluateRaw(scope, session) ?? new JValue(string.Empty);

    /// <summary>Like <see cref="Evaluate"/> but returns null when the string is exactly one expression whose value is missing.</summary>
    public JToken? EvaluateRaw(Scope scope, BindingSession session)
    {
        if (_parts is [Node only])
        {
            return only.Evaluate(scope, session)?.DeepClone();
        }

        var text = new StringBuilder();
        foreach (var part in _parts)
        {
            text.Append(part is Node node ? Values.ToText(node.Evaluate(scope, session)) : (string)part);
        }

        return new JValue(text.ToString());
    }

    /// <summary>Finds the '}' that closes "${", skipping braces inside quoted strings and nested braces.</summary>
    private static int FindClosingBrace(string text, int from)
    {
        var depth = 0;
        char? quote = null;
        for (var i = from; i < text.Length; i++)
        {
            var c = text[i];
            if (quote is not null)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == quote)
                {
                    quote = null;
                }
            }
            else if (c is '\'' or '"')
            {
                quote = c;
            }
            else if (c == '{')
            {
                depth++;
            }
            else if (c == '}')
            {
                if (depth == 0)
                {
                    return i;
                }

                depth--;
            }
        }

        throw new ExpressionSyntaxException($"'${{' at position {from - 2} has no closing '}}'");
    }
}
