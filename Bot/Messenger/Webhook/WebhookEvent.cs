using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Webhook;

/// <summary>One event of an accepted webhook POST, ready to be stored in the inbox.</summary>
/// <param name="Key">Its deduplication key (see <see cref="Mapping.EventIdentity.DedupeKey"/>).</param>
/// <param name="ChannelId">facebook or instagram.</param>
/// <param name="AccountId">The Page id or Instagram account id (<c>entry.id</c>).</param>
/// <param name="ConversationId">The thread's conversation id, or the account id for page-level events.</param>
/// <param name="Timestamp">When it happened (the order of processing within a conversation).</param>
/// <param name="Standby">Whether it came in <c>standby</c>.</param>
/// <param name="Body">The raw event object.</param>
public sealed record WebhookEvent(string Key, string ChannelId, string AccountId, string ConversationId, DateTimeOffset Timestamp, bool Standby, JObject Body);
