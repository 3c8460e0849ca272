namespace Majordome.Dialogs.Engine;

/// <summary>The state of the dialog stack after a turn, as in Bot Framework (same order).</summary>
public enum DialogTurnStatus
{
    /// <summary>No dialog was active: the stack is empty.</summary>
    Empty,

    /// <summary>The active dialog is waiting for the user's next message.</summary>
    Waiting,

    /// <summary>The dialog completed; <see cref="DialogTurnResult.Result"/> holds its result.</summary>
    Complete,

    /// <summary>The dialogs were cancelled.</summary>
    Cancelled,

    /// <summary>The dialog completed and the bot waits for the next message before doing anything else.</summary>
    CompleteAndWait,
}
