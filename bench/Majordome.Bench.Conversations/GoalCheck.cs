using System.Text.RegularExpressions;
using Majordome.Bot.Content.Transcripts;
using Majordome.Dialogs.Localization;

namespace Majordome.Bench.Conversations;

/// <summary>
/// Whether a conversation reached its goal, read from what the bot produced (not from the transcript's
/// expectations): a booking's "It's booked! Your reference is …", an order's "Your order number is …", a cancelled
/// booking, an FAQ answer (followed by "Did this answer help?") or cards (products, boutiques) answering a question
/// about the catalogue or the boutiques. Texts come from the bot's own strings in every language.
/// </summary>
internal sealed class GoalCheck
{
    private readonly Dictionary<string, IReadOnlyList<Regex>> _texts;
    private readonly IReadOnlyList<Regex> _anythingElse;

    public GoalCheck(Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(localizer);
        _texts = new Dictionary<string, IReadOnlyList<Regex>>(StringComparer.Ordinal)
        {
            [TranscriptGoals.Booking] = Patterns(localizer, "booking.booked"),
            [TranscriptGoals.Order] = Patterns(localizer, "checkout.placed"),
            [TranscriptGoals.Cancellation] = Patterns(localizer, "myBookings.cancelled"),
            [TranscriptGoals.Answer] = Patterns(localizer, "info.helpful"),
        };
        _anythingElse = Patterns(localizer, "info.anythingElse");
    }

    /// <summary>The 1-based customer turn at which <paramref name="goal"/> was first reached, or null.</summary>
    public int? ReachedAt(string goal, TranscriptRecording recording)
    {
        ArgumentNullException.ThrowIfNull(recording);
        if (!_texts.TryGetValue(goal, out var patterns))
        {
            return null;
        }

        for (var turn = 0; turn < recording.Turns.Count; turn++)
        {
            var replies = recording.Turns[turn].Replies;
            if (replies.Any(r => r.Text is { } text && patterns.Any(p => p.IsMatch(text))) || (goal == TranscriptGoals.Answer && IsCatalogueAnswer(replies)))
            {
                return turn + 1;
            }
        }

        return null;
    }

    // A question about the catalogue ("your mildest coffee?") or the boutiques ("open on Sundays?") is answered with
    // cards (products, boutiques), then "Anything else?".
    private bool IsCatalogueAnswer(IReadOnlyList<BotReply> replies) =>
        replies.Any(r => r.Card is not null)
        && replies.Any(r => r.Text is { } text && _anythingElse.Any(p => p.IsMatch(text)));

    // The string with each {placeholder} as "anything", whole text or its start, spaces as any run of spaces.
    private static IReadOnlyList<Regex> Patterns(Localizer localizer, string key) =>
        [.. Languages.All.SelectMany(language => new[] { localizer.GetPlain(language, key), localizer.Get(language, key) })
            .Distinct(StringComparer.Ordinal)
            .Select(template => new Regex("^" + Regex.Replace(Regex.Escape(TextPattern.Normalize(template)), @"\\\{[^}]*}|\{[^}]*}", ".*").Replace(@"\ ", @"\s+"), RegexOptions.Singleline))];
}
