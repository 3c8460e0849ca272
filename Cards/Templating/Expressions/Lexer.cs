using System.Text;

namespace Majordome.Cards.Templating.Expressions;

/// <summary>Splits an expression such as <c>stock &gt; 0 &amp;&amp; !empty(name)</c> into tokens.</summary>
internal static class Lexer
{
    private static readonly string[] Operators = ["==", "!=", "<=", ">=", "&&", "||", "<", ">", "!", "+", "-", "*"];

    public static List<Token> Tokenize(string expression)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < expression.Length)
        {
            var c = expression[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                tokens.Add(ReadNumber(expression, ref i));
            }
            else if (c is '\'' or '"')
            {
                tokens.Add(ReadString(expression, ref i));
            }
            else if (c == '$' || c == '_' || char.IsLetter(c))
            {
                var start = i;
                i++;
                while (i < expression.Length && (expression[i] == '_' || char.IsLetterOrDigit(expression[i])))
                {
                    i++;
                }

                tokens.Add(new Token(TokenKind.Identifier, expression[start..i], start));
            }
            else if (Punctuation(c) is { } kind)
            {
                tokens.Add(new Token(kind, c.ToString(), i++));
            }
            else if (Operators.FirstOrDefault(o => string.CompareOrdinal(expression, i, o, 0, o.Length) == 0) is { } op)
            {
                tokens.Add(new Token(TokenKind.Operator, op, i));
                i += op.Length;
            }
            else
            {
                throw new ExpressionSyntaxException($"unexpected character '{c}' at position {i}");
            }
        }

        tokens.Add(new Token(TokenKind.End, string.Empty, expression.Length));
        return tokens;
    }

    private static TokenKind? Punctuation(char c) => c switch
    {
        '(' => TokenKind.OpenParen,
        ')' => TokenKind.CloseParen,
        '[' => TokenKind.OpenBracket,
        ']' => TokenKind.CloseBracket,
        '.' => TokenKind.Dot,
        ',' => TokenKind.Comma,
        _ => null,
    };

    private static Token ReadNumber(string expression, ref int i)
    {
        var start = i;
        while (i < expression.Length && char.IsAsciiDigit(expression[i]))
        {
            i++;
        }

        // A dot followed by a digit is a decimal point; otherwise it is member access (for example items[0].name).
        if (i + 1 < expression.Length && expression[i] == '.' && char.IsAsciiDigit(expression[i + 1]))
        {
            i++;
            while (i < expression.Length && char.IsAsciiDigit(expression[i]))
            {
                i++;
            }
        }

        return new Token(TokenKind.Number, expression[start..i], start);
    }

    private static Token ReadString(string expression, ref int i)
    {
        var start = i;
        var quote = expression[i++];
        var text = new StringBuilder();
        while (i < expression.Length && expression[i] != quote)
        {
            if (expression[i] == '\\' && i + 1 < expression.Length)
            {
                i++;
                text.Append(expression[i] switch { 'n' => '\n', 't' => '\t', var other => other });
            }
            else
            {
                text.Append(expression[i]);
            }

            i++;
        }

        if (i >= expression.Length)
        {
            throw new ExpressionSyntaxException($"unterminated string starting at position {start}");
        }

        i++;
        return new Token(TokenKind.String, text.ToString(), start);
    }
}
