using Microsoft.Bot.Schema;

namespace Majordome.Bot.WhatsApp.Mapping;

/// <summary>A customer's WhatsApp message as the bot sees it.</summary>
/// <param name="Thread">The customer and number.</param>
/// <param name="Activity">The activity to run a turn for, or null when nothing is to be answered (a reaction).</param>
/// <param name="Timestamp">When the customer sent it (it opens or refreshes the 24-hour window).</param>
/// <param name="MessageId">Its <c>wamid</c>, marked as read when answered.</param>
/// <param name="Detail">What it was, for the logs.</param>
public sealed record WhatsAppInbound(WhatsAppThread Thread, Activity? Activity, DateTimeOffset Timestamp, string MessageId, string Detail);
