using System.Collections.Concurrent;
using Majordome.Bot.Messenger;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>In-memory conversation control (the inbound half persists the real one).</summary>
public sealed class InMemoryConversationControl : IMessengerConversationControl
{
    private readonly ConcurrentDictionary<string, string> _paused = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, string> Paused => _paused;

    public Task<bool> IsPausedAsync(MessengerThread thread, CancellationToken cancellationToken) => Task.FromResult(_paused.ContainsKey(thread.ConversationId));

    public Task PauseAsync(MessengerThread thread, string reason, CancellationToken cancellationToken)
    {
        _paused[thread.ConversationId] = reason;
        return Task.CompletedTask;
    }

    public Task ResumeAsync(MessengerThread thread, CancellationToken cancellationToken)
    {
        _paused.TryRemove(thread.ConversationId, out _);
        return Task.CompletedTask;
    }
}

/// <summary>In-memory messaging window (the inbound half persists the real one).</summary>
public sealed class InMemoryMessagingWindow : IMessagingWindow
{
    private readonly ConcurrentDictionary<string, DateTimeOffset> _last = new(StringComparer.Ordinal);

    public Task RecordCustomerActivityAsync(MessengerThread thread, DateTimeOffset at, CancellationToken cancellationToken)
    {
        _last.AddOrUpdate(thread.ConversationId, at, (_, old) => old > at ? old : at);
        return Task.CompletedTask;
    }

    public Task<DateTimeOffset?> LastCustomerActivityAsync(MessengerThread thread, CancellationToken cancellationToken) =>
        Task.FromResult(_last.TryGetValue(thread.ConversationId, out var at) ? at : (DateTimeOffset?)null);
}
