namespace Majordome.Tests.Harness.Messenger;

/// <summary>How the drill stops the bot in the middle of the burst.</summary>
public enum StopKind
{
    /// <summary>SIGKILL: the process dies between two instructions, nothing is flushed or handed back.</summary>
    Kill,

    /// <summary>SIGTERM: an ordinary deploy; the host stops gracefully.</summary>
    Terminate,
}
