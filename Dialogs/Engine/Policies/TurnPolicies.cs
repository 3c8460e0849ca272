using Majordome.Dialogs.Understanding;
using Microsoft.Bot.Builder;
using Microsoft.Extensions.Logging;

namespace Majordome.Dialogs.Engine.Policies;

/// <summary>
/// The one ordered list that decides what a message means while a question waits. The order is the design: a
/// pending switch question is answered first (it was asked last); then the waiting question's own recognizer, so
/// a valid answer is never taken for anything else; then a card's button clicked under a finished task's follow-up
/// question (the button does what it says); then a request about the customer's own data; then what a message shares besides text (a photo, a sticker,
/// a story mention), which the waiting question cannot take; then the global commands; then small talk; then a question the
/// FAQ answers in place; then, only for a message that is no answer at all, a switch to another flow the
/// recognizer is sure of. A message no policy
/// takes goes to the waiting question, which asks again with a hint when it does not understand.
/// </summary>
public static class TurnPolicies
{
    /// <summary>The policies in their order.</summary>
    /// <param name="logger">The log.</param>
    /// <param name="handoff">What asking for a person does.</param>
    /// <param name="interruptions">Tells a request for another flow from an answer; null never interrupts.</param>
    /// <param name="pendingSwitch">Where a switch question is kept for one turn.</param>
    /// <param name="knowledge">The FAQ that answers questions typed in the middle of a task; null answers none in place.</param>
    /// <param name="feedback">Where a question typed mid-task that nothing answers is recorded; null records none.</param>
    /// <param name="teamHours">When the team answers a request for a person; null takes it to be always there.</param>
    /// <param name="consents">Where "stop les rappels" turns proactive messages off; null leaves "stop" to the global commands only.</param>
    /// <param name="time">The clock a stop is dated by; the system's when null.</param>
    public static IReadOnlyList<ITurnPolicy> Default(ILogger logger, IHumanHandoff? handoff, Interruptions? interruptions, IStatePropertyAccessor<PendingSwitch> pendingSwitch, Knowledge.FaqKnowledge? knowledge = null, Knowledge.IFeedbackLog? feedback = null, Anticipation.IProactiveConsents? consents = null, TimeProvider? time = null, ITeamHours? teamHours = null)
    {
        ArgumentNullException.ThrowIfNull(logger);
        ArgumentNullException.ThrowIfNull(pendingSwitch);
        List<ITurnPolicy> policies =
        [
            new PendingSwitchPolicy(logger),
            new PromptAnswerPolicy(),
            new FollowUpCardClickPolicy(),
            new PrivacyRequestPolicy(),
            new SharedContentPolicy(),
        ];

        // Before the global commands, which read a bare "stop" as "cancel": outside a task it now stops reminders.
        if (consents is not null)
        {
            policies.Add(new ReminderCommandPolicy(consents, time ?? TimeProvider.System));
        }

        policies.Add(new GlobalCommandPolicy(handoff, logger, teamHours, interruptions));
        policies.Add(new SmallTalkPolicy());
        if (knowledge is not null)
        {
            policies.Add(new InPlaceQuestionPolicy(knowledge));
        }

        if (interruptions is not null)
        {
            policies.Add(new InterruptionPolicy(interruptions, pendingSwitch, knowledge, feedback));
        }

        return policies;
    }
}
