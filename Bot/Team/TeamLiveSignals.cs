using System.Collections.Concurrent;

namespace Majordome.Bot.Team;

/// <summary>
/// Wakes the live views of a conversation on this instance as soon as one of its messages is stored, so an agent sees
/// a customer's message at once; views also poll the database (<see cref="TeamOptions.LivePollInterval"/>) for the
/// messages another instance stored.
/// </summary>
public sealed class TeamLiveSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _signals = new(StringComparer.Ordinal);

    /// <summary>A task that completes at the conversation's next message.</summary>
    public Task NextAsync(string channel, string conversationId) =>
        _signals.GetOrAdd(Key(channel, conversationId), _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;

    /// <summary>Tells the conversation's live views that a message was stored.</summary>
    public void Notify(string channel, string conversationId)
    {
        if (_signals.TryRemove(Key(channel, conversationId), out var signal))
        {
            signal.TrySetResult();
        }
    }

    private static string Key(string channel, string conversationId) => $"{channel}/{conversationId}";
}
