namespace Majordome.Dialogs.Understanding;

/// <summary>A switch to another flow the customer was asked to confirm (kept in conversation state for one turn).</summary>
public sealed class PendingSwitch
{
    /// <summary>The flow to start on "yes".</summary>
    public string Intent { get; set; } = string.Empty;

    /// <summary>The flow the customer was busy with, kept aside on "yes" so the switch can be undone.</summary>
    public string Current { get; set; } = string.Empty;

    /// <summary>The message that asked for it.</summary>
    public string Utterance { get; set; } = string.Empty;
}
