using System.Collections.Concurrent;

namespace Majordome.Bot.DirectLine.Postgres;

/// <summary>
/// This instance's waiting WebSocket streams, by conversation: <see cref="Next"/> gives the task that completes when
/// the conversation next changes anywhere (<see cref="DirectLineListener"/> hears it from the database). A signal is
/// removed when it fires, so only conversations with a stream waiting since their last change are held.
/// </summary>
public sealed class DirectLineChangeSignals
{
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _waiting = new(StringComparer.Ordinal);

    /// <summary>How many conversations have a stream waiting here (for tests and metrics).</summary>
    public int Count => _waiting.Count;

    /// <summary>Completes at the next change of <paramref name="conversationId"/>; take it before reading, so no change is missed.</summary>
    public Task Next(string conversationId)
    {
        ArgumentException.ThrowIfNullOrEmpty(conversationId);
        return _waiting.GetOrAdd(conversationId, static _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    /// <summary><paramref name="conversationId"/> changed (an activity was appended, or it was removed): its streams read again.</summary>
    public void Changed(string conversationId)
    {
        if (_waiting.TryRemove(conversationId, out var signal))
        {
            signal.TrySetResult();
        }
    }

    /// <summary>
    /// Wakes every waiting stream: after the listening connection was (re)established, changes made meanwhile were
    /// not heard, so each stream reads the database again from its watermark.
    /// </summary>
    public void ChangedAll()
    {
        foreach (var conversationId in _waiting.Keys)
        {
            Changed(conversationId);
        }
    }
}
