namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// A message that clearly answers the waiting question (a choice's title, value, synonym or number, a date, a
/// yes or a no) is the answer, always: it goes to the question before any command, small talk or interruption
/// is considered. "Retrait en boutique" at "how would you like to receive your order?" picks pick-up even though
/// it also reads like a question about boutiques; "oui c'est parfait" at "shall I book?" books.
/// </summary>
public sealed class PromptAnswerPolicy : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        return turn.Answer == AnswerMatch.Clear
            ? await turn.Dialogs.ContinueDialogAsync(cancellationToken).ConfigureAwait(false)
            : null;
    }
}
