using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Anticipation;

/// <summary>
/// What the conversations need to schedule messages the assistant writes first and to ask for consent. Absent
/// (null in <see cref="Conversations.ConversationServices"/>), nothing is scheduled and no opt-in is asked.
/// </summary>
public sealed class AnticipationServices
{
    /// <summary>Creates the services.</summary>
    public AnticipationServices(IProactiveScheduler scheduler, IProactiveConsents consents, IOptions<AnticipationOptions> options)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(options);
        Scheduler = scheduler;
        Consents = consents;
        Options = options.Value;
    }

    /// <summary>The durable schedule.</summary>
    public IProactiveScheduler Scheduler { get; }

    /// <summary>What each customer agreed to.</summary>
    public IProactiveConsents Consents { get; }

    /// <summary>When messages are due.</summary>
    public AnticipationOptions Options { get; }
}
