namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// One rule of what a customer's message means while the conversation waits on a question. The dialog manager
/// runs its policies in order (see <see cref="TurnPolicies"/>); the first that handles the message ends the list,
/// and a message no policy takes goes to the waiting question.
/// </summary>
public interface ITurnPolicy
{
    /// <summary>Handles the message and returns the turn's result, or null to let the next policy decide.</summary>
    Task<DialogTurnResult?> OnMessageAsync(TurnPolicyContext turn, CancellationToken cancellationToken = default);
}
