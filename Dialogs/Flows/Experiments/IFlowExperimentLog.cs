namespace Majordome.Dialogs.Flows.Experiments;

/// <summary>
/// Where experiments keep their assignments and the events that may convert them (the business database in the
/// host). Dialogs state what they need; the host implements it.
/// </summary>
public interface IFlowExperimentLog
{
    /// <summary>
    /// Stores <paramref name="proposed"/> unless the customer already has a variant in this experiment, and returns
    /// the assignment that holds (the first one): a customer keeps their variant whatever the weights become.
    /// </summary>
    Task<StoredAssignment> AssignAsync(ExperimentAssignment proposed, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records that <paramref name="customerKey"/> did <paramref name="eventName"/> (see <see cref="ExperimentEvents"/>)
    /// at <paramref name="at"/>, kept only for customers in an experiment.
    /// </summary>
    Task RecordEventAsync(string customerKey, string eventName, DateTimeOffset at, CancellationToken cancellationToken = default);
}

/// <summary>A customer's place in an experiment.</summary>
/// <param name="FlowId">The flow.</param>
/// <param name="Experiment">The experiment's name.</param>
/// <param name="CustomerKey">The customer (see <see cref="ExperimentIdentity"/>).</param>
/// <param name="Variant">The variant.</param>
/// <param name="AssignedAt">When the customer was first put in it.</param>
public sealed record ExperimentAssignment(string FlowId, string Experiment, string CustomerKey, string Variant, DateTimeOffset AssignedAt);

/// <summary>The assignment that holds, and whether it was made just now.</summary>
/// <param name="Assignment">The assignment.</param>
/// <param name="IsNew">True when this call stored it.</param>
public sealed record StoredAssignment(ExperimentAssignment Assignment, bool IsNew);

/// <summary>The names of the events kept for conversions.</summary>
public static class ExperimentEvents
{
    /// <summary>The end of the flow <paramref name="flowId"/>.</summary>
    public static string End(string flowId) => "end:" + flowId;

    /// <summary>The tag <paramref name="tag"/> given.</summary>
    public static string Tag(string tag) => "tag:" + tag;
}
