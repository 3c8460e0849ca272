using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// Plays a transcript against a bot, turn by turn, and stops at the first difference: a reply that does not
/// match, a reply missing, a reply nobody expected, or a button that is not there.
/// </summary>
public static class TranscriptRunner
{
    /// <summary>What the report says when the bot sent nothing more.</summary>
    public const string NoReply = "(no reply)";

    /// <summary>The channel a transcript is played on when neither it nor the caller names one.</summary>
    public const string DefaultChannel = "webchat";

    /// <summary>
    /// Runs <paramref name="transcript"/> as a new conversation of a new customer on <paramref name="bot"/>, on
    /// <paramref name="channelId"/> (by default the transcript's first channel, else Web Chat), reading the bot's
    /// messages with <paramref name="read"/> (by default as Web Chat shows them, <see cref="BotReply.From"/>).
    /// </summary>
    public static async Task<TranscriptResult> RunAsync(Transcript transcript, IBot bot, TimeProvider time, CancellationToken cancellationToken = default, string? channelId = null,
        Func<Activity, IReadOnlyList<BotReply>>? read = null)
    {
        read ??= BotReply.From;
        ArgumentNullException.ThrowIfNull(transcript);
        ArgumentNullException.ThrowIfNull(bot);
        ArgumentNullException.ThrowIfNull(time);
        var conversation = new TranscriptConversation(bot, transcript.Language, time, channelId ?? transcript.Channels?.FirstOrDefault() ?? DefaultChannel);
        var replies = new List<BotReply>();
        var next = 0;
        BotReply? last = null;
        TranscriptStep? lastStep = null;
        foreach (var step in transcript.Steps)
        {
            if (step is UserSays or UserClicks or UserAttaches && next < replies.Count)
            {
                return Fail(transcript, step.Line, "no more reply before this line", "the bot also said: " + replies[next]);
            }

            try
            {
                switch (step)
                {
                    case UserSays says:
                        replies = await PlayAsync(conversation, c => c.SayAsync(says.Text, cancellationToken), read).ConfigureAwait(false);
                        (next, last) = (0, null);
                        break;
                    case UserAttaches file:
                        replies = await PlayAsync(conversation, c => c.AttachAsync(file, cancellationToken), read).ConfigureAwait(false);
                        (next, last) = (0, null);
                        break;
                    case BotShowsImage image when next >= replies.Count:
                        return Fail(transcript, step.Line, $"image: {image.Alt}", NoReply);
                    case BotShowsImage image:
                        last = replies[next++];
                        if (last.Card != BotReply.ImageCard || !image.Alt.Matches(last.Text))
                        {
                            return Fail(transcript, step.Line, $"image: {image.Alt}", last.ToString());
                        }

                        break;
                    case UserClicks click when FindButton(replies, click.Title) is { } button:
                        if (!button.SendsMessage)
                        {
                            return Fail(transcript, step.Line, $"click: {click.Title}", "this button opens a link and sends nothing to the bot");
                        }

                        replies = await PlayAsync(conversation, c => c.ClickAsync(button, cancellationToken), read).ConfigureAwait(false);
                        (next, last) = (0, null);
                        break;
                    case UserClicks click:
                        var offered = replies.LastOrDefault(r => r.Buttons.Count > 0)?.Buttons.Select(b => b.Title).ToList() ?? [];
                        return Fail(transcript, step.Line, $"click: {click.Title}", offered.Count == 0
                            ? "there is no button on the bot's last reply"
                            : $"there is no button \"{click.Title}\"; the buttons are: {string.Join(" | ", offered)}");
                    case BotSays says when next >= replies.Count:
                        return Fail(transcript, step.Line, $"bot: {says.Pattern}", NoReply);
                    case BotSays says:
                        last = replies[next++];
                        if (last.Card is not null || !says.Pattern.Matches(last.Text))
                        {
                            return Fail(transcript, step.Line, $"bot: {says.Pattern}", last.ToString());
                        }

                        break;
                    case BotShowsCard card when next >= replies.Count:
                        return Fail(transcript, step.Line, $"card: {card.Template}", NoReply);
                    case BotShowsCard card:
                        last = replies[next++];
                        // A * stands for a part that varies, as on a bot: line (an attachment named after a booking's reference).
                        if (!string.Equals(last.Card, card.Template, StringComparison.OrdinalIgnoreCase)
                            && !(card.Template.Contains('*', StringComparison.Ordinal) && TextPattern.Parse(card.Template).Matches(last.Card)))
                        {
                            return Fail(transcript, step.Line, $"card: {card.Template}", last.ToString());
                        }

                        break;
                    case BotOffersButtons buttons:
                        var titles = last?.Buttons.Select(b => b.Title).ToList() ?? [];
                        if (!buttons.Matches(titles))
                        {
                            return Fail(transcript, step.Line, $"buttons: {string.Join(" | ", buttons.Titles)}",
                                titles.Count == 0 ? "no buttons" : "buttons: " + string.Join(" | ", titles));
                        }

                        break;
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // A bug in the bot or an action is a failure of this transcript, not of the whole run.
                return Fail(transcript, step.Line, "the bot to answer", $"the bot failed: {e.GetType().Name}: {e.Message}");
            }

            lastStep = step;
        }

        return next < replies.Count
            ? Fail(transcript, lastStep?.Line ?? 0, "no more reply after this line", "the bot also said: " + replies[next])
            : TranscriptResult.Pass(transcript.File);
    }

    private static async Task<List<BotReply>> PlayAsync(TranscriptConversation conversation, Func<TranscriptConversation, Task<IReadOnlyList<Activity>>> turn,
        Func<Activity, IReadOnlyList<BotReply>> read)
    {
        var messages = await turn(conversation).ConfigureAwait(false);
        return [.. messages.SelectMany(read)];
    }

    // The button is looked for on the last reply first, then on the earlier replies of the same turn (a card's
    // buttons stay clickable after the question that follows it).
    internal static ReplyButton? FindButton(IReadOnlyList<BotReply> replies, string title) =>
        replies.Reverse().SelectMany(r => r.Buttons).FirstOrDefault(b => string.Equals(b.Title, title, StringComparison.Ordinal))
        ?? replies.Reverse().SelectMany(r => r.Buttons).FirstOrDefault(b => string.Equals(b.Title, title, StringComparison.OrdinalIgnoreCase));

    private static TranscriptResult Fail(Transcript transcript, int line, string expected, string actual) =>
        TranscriptResult.Fail(transcript.File, line, expected, actual);
}
