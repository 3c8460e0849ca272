using Majordome.Dialogs.Recognition;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// Small talk ("ok merci", "thanks", "bye", "you're a bot?") gets a short natural reply instead of going to a
/// question or to the FAQ ("I don't have a reliable answer" to a thank-you is what this prevents). Inside a task
/// the waiting question is asked again after the reply (but for a goodbye, which asks for nothing); at the menu,
/// the menu is shown again. A question that takes any text (a comment, a name) takes small talk as its answer.
/// </summary>
public sealed class SmallTalkPolicy : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Answer != AnswerMatch.None || turn.Turn.Activity.Value is not null || SmallTalkRecognizer.Recognize(turn.Text) is not { } kind)
        {
            return null;
        }

        // A first message: the welcome says hello and shows the menu; a question about the bot is answered first.
        if (turn.Dialogs.Stack.Count == 0)
        {
            if (kind is SmallTalkKind.AreYouABot or SmallTalkKind.HowAreYou)
            {
                await turn.SayAsync(ReplyKey(kind), cancellationToken: cancellationToken).ConfigureAwait(false);
            }

            return await turn.BeginRootAsync(RootDialogReason.Welcome, cancellationToken).ConfigureAwait(false);
        }

        await turn.SayAsync(ReplyKey(kind), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (kind == SmallTalkKind.Goodbye)
        {
            // The conversation stays where it was, so a customer who comes back finds their question.
            return Dialog.EndOfTurn;
        }

        return turn.InFlow
            ? await turn.RepromptAsync(cancellationToken).ConfigureAwait(false)
            : await turn.ShowMenuAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The localized string that answers <paramref name="kind"/>.</summary>
    public static string ReplyKey(SmallTalkKind kind) => kind switch
    {
        SmallTalkKind.Thanks => "smallTalk.thanks",
        SmallTalkKind.Goodbye => "smallTalk.goodbye",
        SmallTalkKind.AreYouABot => "smallTalk.bot",
        SmallTalkKind.HowAreYou => "smallTalk.howAreYou",
        _ => "smallTalk.acknowledged",
    };
}
