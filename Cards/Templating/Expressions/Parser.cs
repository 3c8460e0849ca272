using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>
/// A recursive-descent parser for the expression inside <c>${...}</c>. Precedence, lowest first:
/// <c>||</c>, <c>&amp;&amp;</c>, <c>== !=</c>, <c>&lt; &lt;= &gt; &gt;=</c>, <c>+ -</c>, <c>*</c>, unary <c>! -</c>,
/// then literals, calls, parentheses and data paths. Unknown functions and wrong argument counts are parse errors,
/// so a typo fails when the template is checked rather than when a customer opens the card.
/// </summary>
internal sealed class Parser
{
    private static readonly string[][] BinaryLevels = [["||"], ["&&"], ["==", "!="], ["<", "<=", ">", ">="], ["+", "-"], ["*"]];

    private readonly string _expression;
    private readonly List<Token> _tokens;
    private int _next;

    private Parser(string expression)
    {
        _expression = expression;
        _tokens = Lexer.Tokenize(expression);
    }

    /// <summary>Parses one whole expression; throws <see cref="ExpressionSyntaxException"/> when it is malformed.</summary>
    public static Node Parse(string expression)
    {
        var parser = new Parser(expression);
        if (parser.Peek.Kind == TokenKind.End)
        {
            throw new ExpressionSyntaxException("empty expression");
        }

        var node = parser.ParseBinary(0);
        if (parser.Peek.Kind != TokenKind.End)
        {
            throw parser.Unexpected();
        }

        return node;
    }

    private Token Peek => _tokens[_next];

    private Token Take() => _tokens[_next++];

    private Node ParseBinary(int level)
    {
        if (level == BinaryLevels.Length)
        {
            return ParseUnary();
        }

        var left = ParseBinary(level + 1);
        while (Peek.Kind == TokenKind.Operator && BinaryLevels[level].Contains(Peek.Text))
        {
            var op = Take().Text;
            left = new BinaryNode(op, left, ParseBinary(level + 1));
        }

        return left;
    }

    private Node ParseUnary()
    {
        if (Peek.Is(TokenKind.Operator, "!") || Peek.Is(TokenKind.Operator, "-"))
        {
            var op = Take().Text;
            return new UnaryNode(op, ParseUnary());
        }

        return ParsePrimary();
    }

    private Node ParsePrimary()
    {
        var token = Take();
        switch (token.Kind)
        {
            case TokenKind.Number:
                return new LiteralNode(token.Text.Contains('.', StringComparison.Ordinal)
                    ? new JValue(decimal.Parse(token.Text, CultureInfo.InvariantCulture))
                    : new JValue(long.Parse(token.Text, CultureInfo.InvariantCulture)));
            case TokenKind.String:
                return new LiteralNode(new JValue(token.Text));
            case TokenKind.OpenParen:
                var inner = ParseBinary(0);
                Expect(TokenKind.CloseParen, "')'");
                return inner;
            case TokenKind.Identifier:
                return ParseIdentifier(token);
            default:
                _next--;
                throw Unexpected();
        }
    }

    private Node ParseIdentifier(Token name)
    {
        switch (name.Text)
        {
            case "true":
                return new LiteralNode(new JValue(true));
            case "false":
                return new LiteralNode(new JValue(false));
            case "null":
                return new LiteralNode(JValue.CreateNull());
        }

        if (Peek.Kind == TokenKind.OpenParen)
        {
            return ParseCall(name);
        }

        if (name.Text.StartsWith('$') && name.Text is not ("$root" or "$data" or "$index"))
        {
            throw new ExpressionSyntaxException($"unknown variable '{name.Text}' at position {name.Position}; the variables are $root, $data and $index");
        }

        return ParsePath(name);
    }

    private Node ParseCall(Token name)
    {
        var function = TemplateFunctions.Find(name.Text)
            ?? throw new ExpressionSyntaxException(
                $"unknown function '{name.Text}' at position {name.Position}; the functions are {string.Join(", ", TemplateFunctions.Names)}");
        Take();
        var arguments = new List<Node>();
        if (Peek.Kind != TokenKind.CloseParen)
        {
            arguments.Add(ParseBinary(0));
            while (Peek.Kind == TokenKind.Comma)
            {
                Take();
                arguments.Add(ParseBinary(0));
            }
        }

        Expect(TokenKind.CloseParen, "')' or ','");
        if (arguments.Count < function.MinArguments || arguments.Count > function.MaxArguments)
        {
            var expected = function.MinArguments == function.MaxArguments
                ? function.MinArguments.ToString(CultureInfo.InvariantCulture)
                : $"{function.MinArguments} to {function.MaxArguments}";
            throw new ExpressionSyntaxException($"{function.Name} takes {expected} arguments, not {arguments.Count} (at position {name.Position})");
        }

        return new CallNode(function, arguments);
    }

    private PathNode ParsePath(Token root)
    {
        var segments = new List<PathSegment>();
        while (true)
        {
            if (Peek.Kind == TokenKind.Dot)
            {
                Take();
                var member = Take();
                if (member.Kind != TokenKind.Identifier)
                {
                    _next--;
                    throw Unexpected("a property name after '.'");
                }

                segments.Add(new MemberSegment(member.Text));
            }
            else if (Peek.Kind == TokenKind.OpenBracket)
            {
                Take();
                segments.Add(new IndexSegment(ParseBinary(0)));
                Expect(TokenKind.CloseBracket, "']'");
            }
            else
            {
                break;
            }
        }

        var end = _tokens[_next - 1];
        var text = _expression[root.Position..(end.Position + Math.Max(end.Text.Length, 1))];
        return new PathNode(root.Text, segments, text);
    }

    private void Expect(TokenKind kind, string what)
    {
        if (Peek.Kind != kind)
        {
            throw Unexpected(what);
        }

        Take();
    }

    private ExpressionSyntaxException Unexpected(string? expected = null)
    {
        var token = Peek;
        var found = token.Kind == TokenKind.End ? "end of expression" : $"'{token.Text}'";
        var wanted = expected is null ? string.Empty : $", expected {expected}";
        return new ExpressionSyntaxException($"unexpected {found} at position {token.Position}{wanted}");
    }
}
