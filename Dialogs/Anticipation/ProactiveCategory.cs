namespace Majordome.Dialogs.Anticipation;

/// <summary>What kind of message it is for the platforms' rules, which decide where and when it may be sent.</summary>
public enum ProactiveCategory
{
    /// <summary>News about the customer's own order or booking (a reminder, a status change): utility templates allowed.</summary>
    Utility,

    /// <summary>An offer or a suggestion (reorder, back in stock, a birthday offer): needs the customer's opt-in outside the window.</summary>
    Marketing,
}
