namespace Majordome.Bench.Load;

/// <summary>How the load generator talks to one kind of endpoint: starts conversations and plays one turn of the script.</summary>
public interface ILoadDriver
{
    /// <summary>A new conversation's id for <paramref name="worker"/>'s <paramref name="run"/>-th pass over the script.</summary>
    string NewConversation(int worker, int run);

    /// <summary>
    /// Sends the script's turn <paramref name="turn"/> in <paramref name="conversation"/> and waits until it is answered;
    /// not ok when it failed (HTTP error, no reply in time).
    /// </summary>
    Task<TurnOutcome> SendTurnAsync(string conversation, int turn, CancellationToken cancellationToken);

    /// <summary>The conversation is over (the script ended or a turn failed); anything kept for it can go.</summary>
    void EndConversation(string conversation);
}
