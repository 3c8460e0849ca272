namespace Majordome.Cards.Templating.Expressions;

/// <summary>One token of a template expression, with its position for error messages.</summary>
/// <param name="Kind">What the token is.</param>
/// <param name="Text">The token as written (for strings: the unescaped content).</param>
/// <param name="Position">Zero-based offset in the expression.</param>
internal readonly record struct Token(TokenKind Kind, string Text, int Position)
{
    /// <summary>True when this is the operator or punctuation <paramref name="text"/>.</summary>
    public bool Is(TokenKind kind, string text) => Kind == kind && Text == text;
}
