using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// A request about the customer's own data ("supprimez mes données", "what data do you have about me") is heard in
/// any step, right after a clear answer to the waiting question: what was in progress ends and the data request
/// starts (the customer asked for something the law says they must get, and a task can be started again).
/// </summary>
public sealed class PrivacyRequestPolicy : ITurnPolicy
{
    /// <inheritdoc />
    public async Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (turn.Turn.Activity.Value is not null || PrivacyRequestRecognizer.Recognize(turn.Text) is not { } kind)
        {
            return null;
        }

        var intent = kind == PrivacyRequestKind.EraseMyData ? Intents.EraseMyData : Intents.MyData;
        await turn.Dialogs.CancelAllDialogsAsync(cancellationToken).ConfigureAwait(false);
        return await turn.BeginRootAsync(new RootDialogOptions(RootDialogReason.Switch, intent, turn.Text), cancellationToken).ConfigureAwait(false);
    }
}
