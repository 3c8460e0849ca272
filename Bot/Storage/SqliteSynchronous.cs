namespace Majordome.Bot.Storage;

/// <summary>SQLite's <c>synchronous</c> setting, as Majordome uses it in write-ahead-log mode.</summary>
public enum SqliteSynchronous
{
    /// <summary>Every commit is flushed to the disk before it returns: nothing committed is ever lost.</summary>
    Full,

    /// <summary>
    /// Commits are flushed at the next checkpoint (or the next <see cref="Full"/> commit on the same file): they
    /// survive a crash of the process, and only the last ones may roll back if the machine loses power.
    /// </summary>
    Normal,
}
