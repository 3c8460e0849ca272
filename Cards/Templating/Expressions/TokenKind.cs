namespace Majordome.Cards.Templating.Expressions;

/// <summary>The kinds of token in a template expression.</summary>
internal enum TokenKind
{
    Number,
    String,
    Identifier,
    Operator,
    OpenParen,
    CloseParen,
    OpenBracket,
    CloseBracket,
    Dot,
    Comma,
    End,
}
