namespace Majordome.Bot.Messenger.Inbox;

/// <summary>A stored webhook event waiting to be (or already) processed.</summary>
/// <param name="Id">Its row id (arrival order).</param>
/// <param name="ChannelId">facebook or instagram.</param>
/// <param name="AccountId">The Page id or Instagram account id.</param>
/// <param name="ConversationId">The conversation it belongs to.</param>
/// <param name="Standby">Whether it came on standby.</param>
/// <param name="Body">The raw event JSON.</param>
/// <param name="Key">Its unique key (the same for every redelivery of the event).</param>
public sealed record InboxRow(long Id, string ChannelId, string AccountId, string ConversationId, bool Standby, string Body, string Key = "");
