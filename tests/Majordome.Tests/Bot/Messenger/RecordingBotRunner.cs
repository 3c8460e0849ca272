using System.Collections.Concurrent;
using Majordome.Bot.Messenger;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>
/// Stands in for the outbound half's bot runner: records every activity in the order the inbox handed them over,
/// and can run a test-chosen action per turn (throw, block) to exercise failures and crashes.
/// </summary>
internal sealed class RecordingBotRunner : IMessengerBotRunner
{
    private readonly ConcurrentQueue<Activity> _activities = new();
    private readonly Func<Activity, CancellationToken, Task>? _onTurn;
    private readonly ConcurrentDictionary<string, int> _perConversation = new();

    public RecordingBotRunner(Func<Activity, CancellationToken, Task>? onTurn = null) => _onTurn = onTurn;

    public IReadOnlyList<Activity> Activities => [.. _activities];

    /// <summary>The most turns seen running at the same time in one conversation.</summary>
    public int MaxConcurrentInOneConversation { get; private set; }

    public async Task RunTurnAsync(Activity activity, CancellationToken cancellationToken)
    {
        var running = _perConversation.AddOrUpdate(activity.Conversation.Id, 1, (_, n) => n + 1);
        MaxConcurrentInOneConversation = Math.Max(MaxConcurrentInOneConversation, running);
        try
        {
            if (_onTurn is not null)
            {
                await _onTurn(activity, cancellationToken);
            }

            _activities.Enqueue(activity);
        }
        finally
        {
            _perConversation.AddOrUpdate(activity.Conversation.Id, 0, (_, n) => n - 1);
        }
    }
}
