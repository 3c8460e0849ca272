using Microsoft.Extensions.Options;

namespace Majordome.Dialogs.Anticipation;

/// <summary>
/// What the conversations need to schedule messages the assistant writes first and to ask for consent. Absent
/// (null in <see cref="Conversations.ConversationServices"/>), nothing is scheduled and no opt-in is asked.
/// </summary>
public sealed class AnticipationServices
{
    /// <summary>Creates the services.</summary>
    /// <param name="scheduler">The durable schedule.</param>
    /// <param name="consents">What each customer agreed to.</param>
    /// <param name="options">When messages are due.</param>
    /// <param name="storage">Where the address of each order's customer is kept for its status updates; none, and status changes notify nobody.</param>
    /// <param name="time">The clock; the system's when none.</param>
    /// <param name="waitingList">Who waits for a sold-out product; none, and "notify me" is not offered.</param>
    public AnticipationServices(IProactiveScheduler scheduler, IProactiveConsents consents, IOptions<AnticipationOptions> options, Microsoft.Bot.Builder.IStorage? storage = null, TimeProvider? time = null, BackInStock.IStockWaitingList? waitingList = null)
    {
        ArgumentNullException.ThrowIfNull(scheduler);
        ArgumentNullException.ThrowIfNull(consents);
        ArgumentNullException.ThrowIfNull(options);
        Scheduler = scheduler;
        Consents = consents;
        Options = options.Value;
        OrderAddresses = storage is null ? null : new Orders.OrderAddresses(storage);
        Time = time ?? TimeProvider.System;
        WaitingList = waitingList;
    }

    /// <summary>Who waits for a sold-out product; null when not kept ("notify me" is then not offered).</summary>
    public BackInStock.IStockWaitingList? WaitingList { get; }

    /// <summary>The address of each order's customer, for its status updates; null when not kept.</summary>
    public Orders.OrderAddresses? OrderAddresses { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; }

    /// <summary>The durable schedule.</summary>
    public IProactiveScheduler Scheduler { get; }

    /// <summary>What each customer agreed to.</summary>
    public IProactiveConsents Consents { get; }

    /// <summary>When messages are due.</summary>
    public AnticipationOptions Options { get; }
}
