namespace Majordome.Dialogs.Analytics;

/// <summary>The events the conversations count, and what their detail name holds.</summary>
public static class AnalyticsEvents
{
    /// <summary>A message from a customer (typed, tapped or a card submission).</summary>
    public const string Message = "message";

    /// <summary>A conversation began: the first turn of a customer with nothing running (first contact, Get Started).</summary>
    public const string Conversation = "conversation";

    /// <summary>A flow began; the name is the flow (<see cref="Engine.Dialog.AnalyticsName"/>).</summary>
    public const string FlowStarted = "flow_started";

    /// <summary>A flow reached its end (which is not always a sale: a booking declined at the confirmation completes too).</summary>
    public const string FlowCompleted = "flow_completed";

    /// <summary>A flow was left before its end: cancel, menu, start over, or another flow asked for.</summary>
    public const string FlowCancelled = "flow_cancelled";

    /// <summary>A sentence the recognizer understood and acted on; the name is the intent.</summary>
    public const string Intent = "intent";

    /// <summary>A question the bot could not answer.</summary>
    public const string NotUnderstood = "not_understood";

    /// <summary>A request for a person, by the customer or by a flow.</summary>
    public const string Handoff = "handoff";

    /// <summary>A customer was put in an experiment's variant; the name is "flow:gift-finder/experiment/variant".</summary>
    public const string ExperimentAssigned = "experiment_assigned";

    /// <summary>A flow reached one of its steps; the name is the flow and the step ("flow:gift-finder#steps[1]:ask-number").</summary>
    public const string FlowStepReached = "flow_step";

    /// <summary>A flow asked one of its questions; the name is as for <see cref="FlowStepReached"/>.</summary>
    public const string FlowQuestionAsked = "flow_question";

    /// <summary>A customer answered a flow's question; the name is as for <see cref="FlowStepReached"/>.</summary>
    public const string FlowStepAnswered = "flow_answer";
}
