namespace Majordome.Bot.Messenger;

/// <summary>
/// Remembers, for one turn, that Graph refused a reply because another app controls the thread (error 2018300): the
/// turn's later replies are not sent, and the adapter holds the conversation once the turn is over.
/// </summary>
internal sealed class ThreadControlLoss
{
    /// <summary>The turn's key for it.</summary>
    public const string TurnKey = "Majordome.Messenger.ThreadControlLoss";

    /// <summary>True once Graph said another app has the thread.</summary>
    public bool Lost { get; set; }
}
