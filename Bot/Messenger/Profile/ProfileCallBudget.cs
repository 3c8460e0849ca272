using System.Collections.Concurrent;

namespace Majordome.Bot.Messenger.Profile;

/// <summary>The Messenger Profile API's limit, 10 calls per 10 minutes per Page, kept as a sliding window.</summary>
public sealed class ProfileCallBudget
{
    /// <summary>Calls allowed per window.</summary>
    public const int MaxCalls = 10;

    /// <summary>The window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(10);

    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _calls = new(StringComparer.Ordinal);
    private readonly TimeProvider _time;

    /// <summary>Creates the budget.</summary>
    public ProfileCallBudget(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        _time = time;
    }

    /// <summary>Takes one call for <paramref name="pageId"/>, or throws when the Page has used its ten.</summary>
    public void Take(string pageId)
    {
        var calls = _calls.GetOrAdd(pageId, _ => new Queue<DateTimeOffset>());
        lock (calls)
        {
            var now = _time.GetUtcNow();
            while (calls.Count > 0 && now - calls.Peek() >= Window)
            {
                calls.Dequeue();
            }

            if (calls.Count >= MaxCalls)
            {
                var retry = calls.Peek() + Window - now;
                throw new InvalidOperationException($"Page {pageId} has made {MaxCalls} Messenger profile calls in the last 10 minutes (Meta's limit): try again in {Math.Ceiling(retry.TotalMinutes)} minute(s).");
            }

            calls.Enqueue(now);
        }
    }
}
