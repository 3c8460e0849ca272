using Microsoft.Bot.Schema;

namespace Majordome.Bot.DirectLine;

/// <summary>
/// Where Direct Line conversations and their activities live: this process's memory
/// (<see cref="DirectLineConversationStore"/>, one instance) or the shared PostgreSQL database
/// (<see cref="Postgres.PostgresDirectLineConversations"/>, any number of instances, no affinity needed).
/// </summary>
public interface IDirectLineConversations
{
    /// <summary>Whether new conversations and visitors' messages may be taken (the history is under its cap).</summary>
    bool HasRoom { get; }

    /// <summary>Starts <paramref name="conversationId"/> if needed and there is room.</summary>
    ValueTask<DirectLineStartResult> StartAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Whether the conversation has been started (and not removed).</summary>
    ValueTask<bool> ExistsAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>The conversation's user: the first id seen is kept (or <paramref name="proposed"/>, or a generated one); null if unknown.</summary>
    ValueTask<string?> PinUserAsync(string conversationId, string? proposed, CancellationToken cancellationToken = default);

    /// <summary>Appends <paramref name="activity"/>, giving it the id <c>&lt;conversationId&gt;|&lt;seq&gt;</c>; returns the id.</summary>
    /// <exception cref="KeyNotFoundException">The conversation is unknown.</exception>
    ValueTask<string> AppendAsync(string conversationId, Activity activity, CancellationToken cancellationToken = default);

    /// <summary>The activities after <paramref name="watermark"/> (all when null), the new watermark and a signal of the next append; null if unknown.</summary>
    ValueTask<DirectLineRead?> ReadAsync(string conversationId, int? watermark, CancellationToken cancellationToken = default);

    /// <summary>The sequence number the next activity will get; null if the conversation is unknown.</summary>
    ValueTask<int?> NextSequenceAsync(string conversationId, CancellationToken cancellationToken = default);

    /// <summary>Removes the conversations with no activity since <paramref name="idleSince"/>; returns how many.</summary>
    ValueTask<int> RemoveIdleAsync(DateTimeOffset idleSince, CancellationToken cancellationToken = default);
}
