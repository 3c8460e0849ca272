using Majordome.Dialogs.Anticipation;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>A test double of our own consent contract, in memory, until the consent store (branch anticipation-core) is merged.</summary>
public sealed class InMemoryProactiveConsents : IProactiveConsents
{
    private readonly List<(string Customer, ProactiveCategory Category, string Wording, DateTimeOffset At)> _grants = [];
    private readonly HashSet<string> _stopped = [];
    private readonly Lock _gate = new();

    /// <summary>Every consent given, with the wording the customer saw.</summary>
    public IReadOnlyList<(string Customer, ProactiveCategory Category, string Wording, DateTimeOffset At)> Grants
    {
        get
        {
            lock (_gate)
            {
                return [.. _grants];
            }
        }
    }

    public Task GrantAsync(string customerKey, ProactiveCategory category, string wording, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _grants.Add((customerKey, category, wording, at));
            _stopped.Remove(customerKey);
        }

        return Task.CompletedTask;
    }

    public Task StopAllAsync(string customerKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _stopped.Add(customerKey);
        }

        return Task.CompletedTask;
    }

    /// <summary>"Reprendre": what was agreed before holds again (the contract gains it with the consent store).</summary>
    public Task ResumeAsync(string customerKey, DateTimeOffset at, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            _stopped.Remove(customerKey);
        }

        return Task.CompletedTask;
    }

    public Task<bool> AllowsAsync(string customerKey, ProactiveCategory category, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            // Utility messages (the customer's own order or booking) need no opt-in; marketing ones do.
            return Task.FromResult(!_stopped.Contains(customerKey)
                && (category == ProactiveCategory.Utility || _grants.Any(g => g.Customer == customerKey && g.Category == category)));
        }
    }
}
