namespace Majordome.Bot.Messenger.Send;

/// <summary>What to do about a Graph error.</summary>
public enum GraphErrorKind
{
    /// <summary>Fix the request, the token or the permissions: retrying cannot help.</summary>
    Permanent,

    /// <summary>Temporary failure or throttling: retry after a pause.</summary>
    Retryable,

    /// <summary>The person blocked the Page or cannot be reached: mark them unreachable, do not retry.</summary>
    Unreachable,

    /// <summary>The 24-hour window is closed: do not retry; only a tag or a template could reach them.</summary>
    WindowClosed,

    /// <summary>Another app (the Page Inbox, another bot) controls the thread: the bot pauses there, as after a handover.</summary>
    ThreadControlled,
}
