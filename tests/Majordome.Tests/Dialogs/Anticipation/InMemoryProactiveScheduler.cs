using Majordome.Dialogs.Anticipation;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>
/// A test double of our own scheduler contract, in memory, until the durable one (branch anticipation-core) is merged:
/// it keeps the contract's promises the senders rely on (one job per once-key, cancel pending by kind).
/// </summary>
public sealed class InMemoryProactiveScheduler(TimeProvider time) : IProactiveScheduler
{
    private readonly List<ProactiveJob> _jobs = [];
    private readonly Lock _gate = new();

    /// <summary>Every job, in the order scheduled.</summary>
    public IReadOnlyList<ProactiveJob> All
    {
        get
        {
            lock (_gate)
            {
                return [.. _jobs];
            }
        }
    }

    public Task<ProactiveJob> ScheduleAsync(ProactiveJobRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        lock (_gate)
        {
            if (request.OnceKey is not null && _jobs.FirstOrDefault(j => j.Request.OnceKey == request.OnceKey) is { } existing)
            {
                return Task.FromResult(existing);
            }

            var now = time.GetUtcNow();
            var job = new ProactiveJob(_jobs.Count + 1, request, ProactiveJobStatus.Pending, 0, null, now, now);
            _jobs.Add(job);
            return Task.FromResult(job);
        }
    }

    public Task<int> CancelPendingAsync(string customerKey, string? kind, string reason, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var count = 0;
            for (var i = 0; i < _jobs.Count; i++)
            {
                var job = _jobs[i];
                if (job.Status == ProactiveJobStatus.Pending && job.Request.To.CustomerKey == customerKey && (kind is null || job.Request.Kind == kind))
                {
                    _jobs[i] = job with { Status = ProactiveJobStatus.Cancelled, Outcome = reason, UpdatedAt = time.GetUtcNow() };
                    count++;
                }
            }

            return Task.FromResult(count);
        }
    }

    public Task<bool> CancelAsync(string onceKey, string reason, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            var i = _jobs.FindIndex(j => j.Request.OnceKey == onceKey && j.Status == ProactiveJobStatus.Pending);
            if (i >= 0)
            {
                _jobs[i] = _jobs[i] with { Status = ProactiveJobStatus.Cancelled, Outcome = reason, UpdatedAt = time.GetUtcNow() };
            }

            return Task.FromResult(i >= 0);
        }
    }

    public Task<IReadOnlyList<ProactiveJob>> ListForCustomerAsync(string customerKey, CancellationToken cancellationToken = default)
    {
        lock (_gate)
        {
            return Task.FromResult<IReadOnlyList<ProactiveJob>>(_jobs.Where(j => j.Request.To.CustomerKey == customerKey).OrderByDescending(j => j.Id).ToList());
        }
    }

    /// <summary>Marks a job as the worker or the greeting would.</summary>
    public void Mark(long id, ProactiveJobStatus status, string outcome)
    {
        lock (_gate)
        {
            var i = _jobs.FindIndex(j => j.Id == id);
            _jobs[i] = _jobs[i] with { Status = status, Outcome = outcome, Attempts = _jobs[i].Attempts + 1, UpdatedAt = time.GetUtcNow() };
        }
    }
}
