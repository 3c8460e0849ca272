namespace Majordome.Dialogs.Engine;

/// <summary>
/// A task the customer left for another flow when asked "do you want to stop and switch?": its dialog stack as it
/// was, kept in conversation state so that a switch the customer regrets can be undone ("before that, you were
/// booking a table: shall we pick it up?").
/// </summary>
public sealed class SuspendedTask
{
    /// <summary>The flow that was left (an intent name: "book", "shop"…).</summary>
    public string Intent { get; set; } = string.Empty;

    /// <summary>The root dialog stack when it was left, with every inner dialog's state.</summary>
    public List<DialogInstance> Stack { get; set; } = [];
}
