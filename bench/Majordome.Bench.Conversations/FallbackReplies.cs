using Majordome.Bot.Content.Transcripts;
using Majordome.Dialogs.Localization;

namespace Majordome.Bench.Conversations;

/// <summary>
/// The bot's ways of saying it did not understand, in every language: a reply that starts with one of them is a
/// fallback. Read from the bot's own strings, so a reworded string is still counted.
/// </summary>
internal sealed class FallbackReplies
{
    // Re-asks after an answer the prompt could not read, "I didn't get that", "I'd rather not guess", "did you mean",
    // and the give-up after too many attempts.
    private static readonly string[] Keys =
    [
        "prompt.text.retry", "prompt.number.retry", "prompt.confirm.retry", "prompt.choice.retry", "prompt.datetime.retry",
        "prompt.email.retry", "prompt.phone.retry", "prompt.tooManyAttempts", "shop.notUnderstood",
        "shop.quantityNotUnderstood", "info.unknown", "understanding.didYouMean",
    ];

    private readonly IReadOnlyList<string> _texts;

    public FallbackReplies(Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        _texts = [.. Languages.All
            .SelectMany(language => Keys.SelectMany(key => new[] { localizer.GetPlain(language, key), localizer.Get(language, key) }))
            .Select(TextPattern.Normalize)
            .Distinct(StringComparer.Ordinal)];
    }

    /// <summary>Whether <paramref name="text"/> is one of the fallbacks.</summary>
    public bool IsFallback(string? text)
    {
        if (text is null)
        {
            return false;
        }

        var normalized = TextPattern.Normalize(text);
        return _texts.Any(f => normalized.StartsWith(f, StringComparison.Ordinal));
    }
}
