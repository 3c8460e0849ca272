namespace Majordome.Bot.Messenger.Inbox;

/// <summary>The stored event a bot turn answers: its row (whose replies are recorded) and its unique key.</summary>
/// <param name="InboxId">The inbox row's id.</param>
/// <param name="EventKey">The event's unique key, the same for every redelivery.</param>
public sealed record InboxTurn(long InboxId, string EventKey);
