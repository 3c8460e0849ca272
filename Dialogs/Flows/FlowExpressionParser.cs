using System.Globalization;

namespace Majordome.Dialogs.Flows;

/// <summary>Recursive-descent reader of flow expressions; each error names what was expected and where.</summary>
internal sealed class FlowExpressionParser(string text)
{
    private static readonly string[] Comparisons = ["==", "!=", "<=", ">=", "<", ">"];
    private readonly List<string> _variables = [];
    private readonly List<(int Offset, string Message)> _mistakes = [];
    private int _position;

    /// <summary>The variables read, in order of appearance, each once.</summary>
    public IReadOnlyList<string> Variables => _variables;

    /// <summary>What reads well but can never work (an ordering comparison against a quoted text), with where it is.</summary>
    public IReadOnlyList<(int Offset, string Message)> Mistakes => _mistakes;

    public FlowExpressionNode ParseAll()
    {
        SkipSpaces();
        if (_position >= text.Length)
        {
            throw new FlowExpressionException("the expression is empty: write a condition such as budget >= 50.", 0);
        }

        var node = ParseOr();
        SkipSpaces();
        if (_position < text.Length)
        {
            throw new FlowExpressionException($"unexpected \"{text[_position..]}\": join conditions with and / or.", _position);
        }

        return node;
    }

    private FlowExpressionNode ParseOr()
    {
        var left = ParseAnd();
        while (TryWord("or"))
        {
            left = new LogicalNode(false, left, ParseAnd());
        }

        return left;
    }

    private FlowExpressionNode ParseAnd()
    {
        var left = ParseNot();
        while (TryWord("and"))
        {
            left = new LogicalNode(true, left, ParseNot());
        }

        return left;
    }

    private FlowExpressionNode ParseNot() => TryWord("not") ? new NotNode(ParseNot()) : ParseComparison();

    private FlowExpressionNode ParseComparison()
    {
        SkipSpaces();
        var leftStart = _position;
        var left = ParseAdditive();
        SkipSpaces();
        if (TryWord("in"))
        {
            return new InNode(left, ParseList());
        }

        if (TryWord("contains"))
        {
            return new ContainsNode(left, ParseAdditive());
        }

        foreach (var op in Comparisons)
        {
            if (string.CompareOrdinal(text, _position, op, 0, op.Length) == 0)
            {
                _position += op.Length;
                SkipSpaces();
                var rightStart = _position;
                var right = ParseAdditive();
                if (op is not ("==" or "!="))
                {
                    CheckOrdered(op, left, leftStart);
                    CheckOrdered(op, right, rightStart);
                }

                return new ComparisonNode(op, left, right);
            }
        }

        if (_position < text.Length && text[_position] == '=')
        {
            throw new FlowExpressionException("write == to compare, not =.", _position);
        }

        return left;
    }

    private FlowExpressionNode ParseAdditive()
    {
        var left = ParseMultiplicative();
        while (true)
        {
            SkipSpaces();
            var op = Peek();
            if (op is not ('+' or '-'))
            {
                return left;
            }

            _position++;
            left = new ArithmeticNode(op, left, ParseMultiplicative());
        }
    }

    private FlowExpressionNode ParseMultiplicative()
    {
        var left = ParseUnary();
        while (true)
        {
            SkipSpaces();
            var op = Peek();
            if (op is not ('*' or '/'))
            {
                return left;
            }

            _position++;
            left = new ArithmeticNode(op, left, ParseUnary());
        }
    }

    private FlowExpressionNode ParseUnary()
    {
        SkipSpaces();
        if (Peek() == '-' && !char.IsDigit(PeekAt(1)))
        {
            _position++;
            return new ArithmeticNode('-', new LiteralNode(0m), ParseUnary());
        }

        return ParsePrimary();
    }

    /// <summary>A quoted text is never smaller or larger than anything: "birthday &lt; \"2008-12-06\"" is always false.</summary>
    private void CheckOrdered(string op, FlowExpressionNode side, int offset)
    {
        if (side is LiteralNode { Value: string quoted })
        {
            var example = FlowDates.TryRead(quoted, out _) ? $"the date without quotes, such as birthday {op} {quoted}" : "the number without quotes, such as budget >= 50";
            _mistakes.Add((offset, $"{op} compares numbers or dates, and \"{quoted}\" in quotes is a text: this comparison is always false. Write {example}."));
        }
    }

    private List<FlowExpressionNode> ParseList()
    {
        SkipSpaces();
        Expect('[', "a list in square brackets after in, such as [\"red\", \"blue\"]");
        var items = new List<FlowExpressionNode>();
        SkipSpaces();
        if (Peek() == ']')
        {
            _position++;
            return items;
        }

        while (true)
        {
            items.Add(ParsePrimary());
            SkipSpaces();
            if (Peek() == ',')
            {
                _position++;
                continue;
            }

            Expect(']', "a comma or the closing ] of the list");
            return items;
        }
    }

    private FlowExpressionNode ParsePrimary()
    {
        SkipSpaces();
        var start = _position;
        var c = Peek();
        switch (c)
        {
            case '\0':
                throw new FlowExpressionException("the expression stops too early: a value or a variable is missing at the end.", _position);
            case '(':
                _position++;
                var inner = ParseOr();
                SkipSpaces();
                Expect(')', "the closing )");
                return inner;
            case '"' or '\'':
                var end = text.IndexOf(c, _position + 1);
                if (end < 0)
                {
                    throw new FlowExpressionException($"this text is never closed: add the matching {c}.", start);
                }

                _position = end + 1;
                return new LiteralNode(text[(start + 1)..end]);
        }

        if (FlowDates.LiteralLength(text, _position) is > 0 and var dateLength)
        {
            // A date written as such (2008-12-06), compared with a date question's answer.
            var date = text.Substring(_position, dateLength);
            _position += dateLength;
            return FlowDates.TryRead(date, out var day)
                ? new LiteralNode(day)
                : throw new FlowExpressionException($"\"{date}\" is not a date: write year-month-day, such as 2008-12-06.", start);
        }

        if (char.IsDigit(c) || (c == '-' && char.IsDigit(PeekAt(1))))
        {
            _position++;
            while (char.IsDigit(Peek()) || Peek() == '.')
            {
                _position++;
            }

            var number = text[start.._position];
            if (!decimal.TryParse(number, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                throw new FlowExpressionException($"\"{number}\" is not a number: write decimals with a dot, like 4.90.", start);
            }

            // 18y, 6m, 2w, 30d, 2h: a duration to add to or take from a date (today - 18y).
            if (FlowDuration.Units.Contains(Peek()) && !char.IsLetterOrDigit(PeekAt(1)) && PeekAt(1) != '_')
            {
                var unit = Peek();
                _position++;
                return value == decimal.Truncate(value)
                    ? new LiteralNode(new FlowDuration((int)value, unit))
                    : throw new FlowExpressionException($"\"{text[start.._position]}\" is not a duration: use a whole number, like 18y or 30d.", start);
            }

            return new LiteralNode(value);
        }

        if (char.IsLetter(c) || c == '_')
        {
            while (char.IsLetterOrDigit(Peek()) || Peek() == '_')
            {
                _position++;
            }

            var word = text[start.._position];
            switch (word)
            {
                case "true": return new LiteralNode(true);
                case "false": return new LiteralNode(false);
                case "null": return new LiteralNode(null);
                case "and" or "or" or "not" or "in" or "contains":
                    throw new FlowExpressionException($"\"{word}\" needs a value before it.", start);
                case FlowExpression.Today or FlowExpression.Now:
                    // Passed by the flow when it evaluates (see FlowExpression.Today): not a variable to set.
                    return new VariableNode(word);
            }

            SkipSpaces();
            if (Peek() == '(')
            {
                return ParseCall(word, start);
            }

            if (!_variables.Contains(word, StringComparer.Ordinal))
            {
                _variables.Add(word);
            }

            return new VariableNode(word);
        }

        throw new FlowExpressionException($"unexpected \"{c}\": expected a number, a \"text\", true, false or a variable name.", start);
    }

    private FlowExpressionNode ParseCall(string name, int start)
    {
        if (name != "length")
        {
            var hint = Recognition.EditDistance.AtMost(name, "length", 2) ? " did you mean length?" : string.Empty;
            throw new FlowExpressionException($"unknown function \"{name}\":{hint} the only function is length(text).", start);
        }

        _position++;
        var argument = ParseOr();
        Expect(')', "the closing )");
        return new LengthNode(argument);
    }

    private bool TryWord(string word)
    {
        SkipSpaces();
        var end = _position + word.Length;
        if (end <= text.Length && string.CompareOrdinal(text, _position, word, 0, word.Length) == 0
            && (end == text.Length || !(char.IsLetterOrDigit(text[end]) || text[end] == '_')))
        {
            _position = end;
            return true;
        }

        return false;
    }

    private void Expect(char c, string what)
    {
        SkipSpaces();
        if (Peek() != c)
        {
            throw new FlowExpressionException($"expected {what} here.", _position);
        }

        _position++;
    }

    private void SkipSpaces()
    {
        while (_position < text.Length && char.IsWhiteSpace(text[_position]))
        {
            _position++;
        }
    }

    private char Peek() => PeekAt(0);

    private char PeekAt(int ahead) => _position + ahead < text.Length ? text[_position + ahead] : '\0';
}
