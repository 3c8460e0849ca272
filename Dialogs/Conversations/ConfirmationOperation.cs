using Majordome.Dialogs.Engine;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// The operation id of a final confirmation ("Je réserve ?", "Je passe la commande ?"). It is made when the question
/// is asked, so the turn that asks saves it in the dialog's state before the customer can answer; the answer's
/// booking or order carries it to the store, which saves it in the same transaction. If the bot dies after that
/// commit but before the conversation is saved, the customer is still at the question with the same id, and their
/// second "oui" finds the first booking or order instead of making another.
/// </summary>
public static class ConfirmationOperation
{
    private const string Key = "operation";

    /// <summary>Makes a new operation id for the question <paramref name="step"/> is about to ask.</summary>
    public static void Begin(WaterfallStepContext step)
    {
        ArgumentNullException.ThrowIfNull(step);
        step.Values.Set(Key, Guid.NewGuid().ToString("N"));
    }

    /// <summary>
    /// The id made when the question was asked; null for a question asked by a version of the bot that made none (a
    /// conversation waiting at it across the upgrade), which then books or orders as before rather than failing.
    /// </summary>
    public static string? Current(WaterfallStepContext step)
    {
        ArgumentNullException.ThrowIfNull(step);
        return step.Values.Get<string>(Key);
    }
}
