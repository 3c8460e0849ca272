namespace Majordome.Dialogs.Engine;

/// <summary>Why a dialog is being resumed or ended, as in Bot Framework.</summary>
public enum DialogReason
{
    /// <summary>The dialog was started.</summary>
    BeginCalled,

    /// <summary>The dialog is continued with the user's message.</summary>
    ContinueCalled,

    /// <summary>A child dialog ended normally.</summary>
    EndCalled,

    /// <summary>The dialog is replaced by another one.</summary>
    ReplaceCalled,

    /// <summary>The dialog is cancelled.</summary>
    CancelCalled,

    /// <summary>A waterfall step called <c>NextAsync</c>.</summary>
    NextCalled,

    /// <summary>A waterfall step runs again because the user went back or switched language.</summary>
    ReplayCalled,
}
