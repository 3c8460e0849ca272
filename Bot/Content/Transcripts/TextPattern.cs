using System.Text.RegularExpressions;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// What a <c>bot:</c> line expects: a text where <c>*</c> stands for any run of characters, or a .NET regular
/// expression written between slashes. Leading and trailing whitespace is ignored and any run of whitespace
/// counts as one space, on both sides, so a line break in a reply never fails a test.
/// </summary>
public sealed partial class TextPattern
{
    // Patterns come from files anyone may edit: a catastrophic expression must not hang the test run.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);

    private readonly Regex _regex;

    private TextPattern(string source, Regex regex)
    {
        Source = source;
        _regex = regex;
    }

    /// <summary>The pattern as written.</summary>
    public string Source { get; }

    /// <summary>Whether the pattern is a regular expression (written /…/).</summary>
    public bool IsRegex => Source.Length >= 2 && Source[0] == '/' && Source[^1] == '/';

    /// <summary>Reads <paramref name="source"/>; throws <see cref="ArgumentException"/> with the reason for a bad regular expression.</summary>
    public static TextPattern Parse(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        var text = Normalize(source);
        if (text.Length >= 2 && text[0] == '/' && text[^1] == '/')
        {
            return new TextPattern(text, new Regex(text[1..^1], RegexOptions.CultureInvariant, Timeout));
        }

        var expression = "^" + string.Join(".*", text.Split('*').Select(Regex.Escape)) + "$";
        return new TextPattern(text, new Regex(expression, RegexOptions.CultureInvariant | RegexOptions.Singleline, Timeout));
    }

    /// <summary>Whether <paramref name="text"/> (whitespace normalized) matches.</summary>
    public bool Matches(string? text)
    {
        try
        {
            return _regex.IsMatch(Normalize(text ?? string.Empty));
        }
        catch (RegexMatchTimeoutException)
        {
            return false;
        }
    }

    /// <summary><paramref name="text"/> trimmed, with every run of whitespace made one space.</summary>
    public static string Normalize(string text) => Whitespace().Replace(text ?? string.Empty, " ").Trim();

    /// <inheritdoc />
    public override string ToString() => Source;

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
