namespace Majordome.Bot.Content.Transcripts;

/// <summary>One line of a transcript that says or expects something.</summary>
/// <param name="Line">The 1-based line in the transcript file, for the report.</param>
public abstract record TranscriptStep(int Line);

/// <summary><c>user: …</c>: the customer types a message.</summary>
/// <param name="Line">The line.</param>
/// <param name="Text">The message.</param>
public sealed record UserSays(int Line, string Text) : TranscriptStep(Line);

/// <summary><c>click: …</c>: the customer clicks the button with this title on the bot's last reply.</summary>
/// <param name="Line">The line.</param>
/// <param name="Title">The button's title.</param>
public sealed record UserClicks(int Line, string Title) : TranscriptStep(Line);

/// <summary><c>attach: …</c>: the customer sends a photo or a file.</summary>
/// <param name="Line">The line.</param>
/// <param name="Url">Where the file is (as a channel gives it).</param>
/// <param name="ContentType">Its content type.</param>
public sealed record UserAttaches(int Line, string Url, string ContentType) : TranscriptStep(Line)
{
    /// <summary>The content type a file's extension says ("image/jpeg"), or application/octet-stream.</summary>
    public static string TypeOf(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        return Path.GetExtension(url.AbsolutePath).ToLowerInvariant() switch
        {
            ".jpg" or ".jpeg" => "image/jpeg",
            ".png" => "image/png",
            ".gif" => "image/gif",
            ".webp" => "image/webp",
            ".pdf" => "application/pdf",
            ".mp4" => "video/mp4",
            _ => "application/octet-stream",
        };
    }
}

/// <summary><c>image: …</c>: the bot's next reply is a picture whose alt text matches the pattern.</summary>
/// <param name="Line">The line.</param>
/// <param name="Alt">The expected alt text.</param>
public sealed record BotShowsImage(int Line, TextPattern Alt) : TranscriptStep(Line);

/// <summary><c>bot: …</c>: the bot's next reply is a text matching the pattern.</summary>
/// <param name="Line">The line.</param>
/// <param name="Pattern">The expected text.</param>
public sealed record BotSays(int Line, TextPattern Pattern) : TranscriptStep(Line);

/// <summary><c>card: …</c>: the bot's next reply is a card made from the named Cards/ template.</summary>
/// <param name="Line">The line.</param>
/// <param name="Template">The template's name, such as product-carousel.</param>
public sealed record BotShowsCard(int Line, string Template) : TranscriptStep(Line);

/// <summary>
/// <c>buttons: a | b</c>: the last reply's buttons (suggested actions or card buttons), in order. A title with a
/// <c>*</c> is a pattern, as on a <c>bot:</c> line ("Tue 01/12 *" for a proposed time whose format may change).
/// </summary>
/// <param name="Line">The line.</param>
/// <param name="Titles">The expected titles.</param>
public sealed record BotOffersButtons(int Line, IReadOnlyList<string> Titles) : TranscriptStep(Line)
{
    /// <summary>Whether <paramref name="titles"/> are the expected ones, in order; a title without <c>*</c> must be exact.</summary>
    public bool Matches(IReadOnlyList<string> titles)
    {
        ArgumentNullException.ThrowIfNull(titles);
        return titles.Count == Titles.Count
            && titles.Zip(Titles).All(pair => pair.Second.Contains('*', StringComparison.Ordinal)
                ? TextPattern.Parse(pair.Second).Matches(pair.First)
                : string.Equals(pair.First, pair.Second, StringComparison.Ordinal));
    }
}
