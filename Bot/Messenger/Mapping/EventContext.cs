using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Mapping;

/// <summary>What every mapped activity shares: the channel, the thread, the time and the raw event.</summary>
internal sealed class EventContext
{
    private readonly MessengerOptions _options;

    public EventContext(string channelId, string accountId, JObject raw, bool standby, MessengerOptions options)
    {
        ChannelId = channelId;
        AccountId = accountId;
        Raw = raw;
        Standby = standby;
        _options = options;
        Thread = EventIdentity.CustomerOf(raw) is { } user ? new MessengerThread(channelId, accountId, user) : null;
        Timestamp = EventTime.Read(raw["timestamp"]) ?? DateTimeOffset.UnixEpoch;
    }

    public string ChannelId { get; }

    public string AccountId { get; }

    public JObject Raw { get; }

    public bool Standby { get; }

    public MessengerThread? Thread { get; }

    public DateTimeOffset Timestamp { get; }

    /// <summary>Our own app id: its echoes are ignored and thread control passed to it resumes the bot.</summary>
    public string AppId => _options.AppId;

    /// <summary>An activity of the customer's thread, from the customer to the account; null for page-level events.</summary>
    public Activity? NewActivity(string type, string? id)
    {
        if (Thread is null)
        {
            return null;
        }

        return new Activity
        {
            Type = type,
            Id = id,
            ChannelId = ChannelId,
            Conversation = new ConversationAccount(id: Thread.ConversationId),
            From = new ChannelAccount(Thread.UserId, role: RoleTypes.User),
            Recipient = new ChannelAccount(AccountId, role: RoleTypes.Bot),
            Timestamp = Timestamp,
            ServiceUrl = _options.GraphBaseUrl.ToString(),
            ChannelData = Raw.DeepClone(),
        };
    }

    /// <summary>An event activity named <paramref name="name"/> with <paramref name="value"/>.</summary>
    public Activity? NewEvent(string name, object? value)
    {
        var activity = NewActivity(ActivityTypes.Event, null);
        if (activity is not null)
        {
            activity.Name = name;
            activity.Value = value;
        }

        return activity;
    }

    public InboundEvent Event(InboundKind kind, Activity? activity, string? mid, string detail) =>
        new(kind, Thread, activity, Timestamp, Standby, mid, detail);
}
