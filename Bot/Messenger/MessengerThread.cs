namespace Majordome.Bot.Messenger;

/// <summary>
/// One customer's conversation with a Page or Instagram account. The activity's <c>Conversation.Id</c> is
/// <see cref="ConversationId"/>, <c>From.Id</c> the customer's <see cref="UserId"/> (PSID or IGSID) and
/// <c>Recipient.Id</c> the <see cref="AccountId"/>.
/// </summary>
/// <param name="ChannelId"><see cref="MessengerChannels.Facebook"/> or <see cref="MessengerChannels.Instagram"/>.</param>
/// <param name="AccountId">The Page id, or the Instagram account id.</param>
/// <param name="UserId">The customer's page-scoped (or Instagram-scoped) id.</param>
public sealed record MessengerThread(string ChannelId, string AccountId, string UserId)
{
    /// <summary>The activity's conversation id: account and customer, which identifies the thread.</summary>
    public string ConversationId => $"{AccountId}-{UserId}";

    /// <summary>The thread of an activity the Messenger channel produced (or a reply's incoming activity).</summary>
    public static MessengerThread? From(Microsoft.Bot.Schema.IActivity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!MessengerChannels.IsMeta(activity.ChannelId) || activity.From?.Id is not { Length: > 0 } user || activity.Recipient?.Id is not { Length: > 0 } account)
        {
            return null;
        }

        // A reply's From is the bot (the account) and its Recipient the customer; an incoming activity the reverse.
        return activity.From.Role == Microsoft.Bot.Schema.RoleTypes.Bot
            ? new MessengerThread(activity.ChannelId, user, account)
            : new MessengerThread(activity.ChannelId, account, user);
    }
}
