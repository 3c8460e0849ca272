using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Anticipation;

/// <summary>
/// Where a message the customer did not just ask for goes: the customer (their <see cref="Conversations.CustomerKey"/>,
/// made by the endpoint that authenticated them) and the conversation to write in, taken from one of their turns.
/// </summary>
/// <param name="CustomerKey">The customer, as <see cref="Conversations.CustomerKey.From"/> makes it.</param>
/// <param name="ChannelId">The activity's channel id ("webchat", "facebook", "instagram", "whatsapp"...).</param>
/// <param name="UserId">The channel's id of the customer.</param>
/// <param name="ConversationId">The conversation to write in.</param>
/// <param name="ServiceUrl">The channel's service URL, where the channel has one.</param>
/// <param name="Locale">The customer's language when the address was taken ("fr-FR", "en-US").</param>
/// <param name="TimeZone">The customer's IANA time zone when known (for quiet hours); null means the brand's.</param>
public sealed record ProactiveAddress(
    string CustomerKey,
    string ChannelId,
    string UserId,
    string ConversationId,
    string? ServiceUrl,
    string? Locale,
    string? TimeZone)
{
    /// <summary>The address of the customer who sent <paramref name="activity"/>.</summary>
    public static ProactiveAddress Of(string customerKey, IActivity activity, string? timeZone = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(customerKey);
        ArgumentNullException.ThrowIfNull(activity);
        return new ProactiveAddress(
            customerKey,
            activity.ChannelId,
            activity.From?.Id ?? throw new ArgumentException("The activity has no sender.", nameof(activity)),
            activity.Conversation?.Id ?? throw new ArgumentException("The activity has no conversation.", nameof(activity)),
            activity.ServiceUrl,
            (activity as Activity)?.Locale,
            timeZone);
    }
}
