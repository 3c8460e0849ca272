namespace Majordome.Dialogs.Engine;

/// <summary>Why the <see cref="DialogManager"/> begins the root dialog, so it can greet or just show the menu.</summary>
public enum RootDialogReason
{
    /// <summary>First contact, or a new conversation: greet.</summary>
    Welcome,

    /// <summary>The customer asked for the menu.</summary>
    Menu,

    /// <summary>What the customer was doing was cancelled (by them, or after too many misunderstood answers).</summary>
    Cancelled,

    /// <summary>A flow finished; offer what else to do.</summary>
    Completed,

    /// <summary>The customer interrupted a flow to start another one (<see cref="RootDialogOptions.Intent"/>) and confirmed the switch.</summary>
    Switch,

    /// <summary>
    /// A card's button was clicked while a finished task's follow-up question waited: the click does what it says,
    /// as it would at the menu.
    /// </summary>
    CardClick,
}

/// <summary>The options the root dialog is begun with.</summary>
/// <param name="Reason">Why it begins.</param>
/// <param name="Intent">On <see cref="RootDialogReason.Switch"/>, the flow to start.</param>
/// <param name="Utterance">On <see cref="RootDialogReason.Switch"/>, the message that asked for it (its entities prefill the flow).</param>
public sealed record RootDialogOptions(RootDialogReason Reason, string? Intent = null, string? Utterance = null)
{
    /// <summary>A main-menu choice to start at once instead of asking (a link's ref, a persistent-menu item); null to ask.</summary>
    public string? Flow { get; init; }

    /// <summary>A link's ref or a menu item's choice that names no built-in flow: the root dialog may know it (a declarative flow's ref or id).</summary>
    public string? Ref { get; init; }
}
