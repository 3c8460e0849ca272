namespace Majordome.Dialogs.Engine;

/// <summary>What a dialog operation returned: the stack's status and, when a dialog ended, its result.</summary>
/// <param name="Status">The state of the stack.</param>
/// <param name="Result">The result of the dialog that ended, if any.</param>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    /// <summary>True when the dialog that ended was the last one of its parent's stack.</summary>
    public bool ParentEnded { get; init; }
}
