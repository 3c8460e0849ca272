namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>Keeps nothing: the hash alone decides the variant (tools and tests without a database).</summary>
public sealed class NoFlowExperimentLog : IFlowExperimentLog
{
    /// <summary>The one instance.</summary>
    public static NoFlowExperimentLog Instance { get; } = new();

    /// <inheritdoc />
    public Task<StoredAssignment> AssignAsync(ExperimentAssignment proposed, CancellationToken cancellationToken = default) =>
        Task.FromResult(new StoredAssignment(proposed ?? throw new ArgumentNullException(nameof(proposed)), IsNew: false));

    /// <inheritdoc />
    public Task RecordEventAsync(string customerKey, string eventName, DateTimeOffset at, CancellationToken cancellationToken = default) => Task.CompletedTask;
}
