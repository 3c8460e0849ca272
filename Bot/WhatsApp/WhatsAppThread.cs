using Majordome.Bot.Channels;
using Majordome.Bot.Messenger;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.WhatsApp;

/// <summary>
/// One customer's conversation with one business number. The customer is identified by the channel, the number and
/// their WhatsApp id together: the activity's <c>From.Id</c> is <see cref="UserKey"/> (so two of the brand's numbers
/// keep their customers' state apart), <c>Recipient.Id</c> the phone number id, <c>Conversation.Id</c> the same key.
/// </summary>
/// <param name="PhoneNumberId">The business number's id.</param>
/// <param name="WaId">The customer's WhatsApp id (their phone number in international form, without +).</param>
public sealed record WhatsAppThread(string PhoneNumberId, string WaId)
{
    /// <summary>The customer's id in activities and state: number id and WhatsApp id.</summary>
    public string UserKey => $"{PhoneNumberId}-{WaId}";

    /// <summary>The conversation id (one conversation per customer and number).</summary>
    public string ConversationId => UserKey;

    /// <summary>The thread in the shape the shared messaging-window store keeps (channel, account, user).</summary>
    public MessengerThread AsWindowKey() => new(ChannelIds.WhatsApp, PhoneNumberId, WaId);

    /// <summary>The thread of a WhatsApp activity (incoming, or a reply to one), or null.</summary>
    public static WhatsAppThread? From(IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (activity.ChannelId != ChannelIds.WhatsApp)
        {
            return null;
        }

        var (customer, business) = activity.From?.Role == RoleTypes.Bot ? (activity.Recipient, activity.From) : (activity.From, activity.Recipient);
        var number = business?.Id;
        var key = customer?.Id;
        if (string.IsNullOrEmpty(number) || key is null || !key.StartsWith(number + "-", StringComparison.Ordinal) || key.Length <= number.Length + 1)
        {
            return null;
        }

        return new WhatsAppThread(number, key[(number.Length + 1)..]);
    }
}
