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
}

/// <summary>The options the root dialog is begun with.</summary>
/// <param name="Reason">Why it begins.</param>
public sealed record RootDialogOptions(RootDialogReason Reason)
{
    /// <summary>A main-menu choice to start at once instead of asking (a link's ref, a persistent-menu item); null to ask.</summary>
    public string? Flow { get; init; }
}
