using Majordome.Bot.Adapters;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>One customer's conversation with the bot on the web chat channel, in memory.</summary>
internal sealed class TranscriptConversation(IBot bot, string language, TimeProvider time)
{
    // Web Chat is the channel a marketer tries flows in: suggested actions and Adaptive Cards as they are.
    private const string ChannelId = "webchat";

    private readonly InMemoryTurnAdapter _adapter = new();
    private readonly string _conversationId = "transcript-" + Guid.NewGuid().ToString("N");
    private readonly string _userId = "customer-" + Guid.NewGuid().ToString("N");

    public Task<IReadOnlyList<Activity>> SayAsync(string text, CancellationToken cancellationToken)
    {
        var activity = NewMessage();
        activity.Text = text;
        return MessagesAsync(activity, cancellationToken);
    }

    public Task<IReadOnlyList<Activity>> ClickAsync(ReplyButton button, CancellationToken cancellationToken)
    {
        var activity = NewMessage();
        activity.Text = button.Text;
        activity.Value = button.Value;
        return MessagesAsync(activity, cancellationToken);
    }

    // A transcript matches what the customer reads: typing indicators are not replies.
    private async Task<IReadOnlyList<Activity>> MessagesAsync(Activity activity, CancellationToken cancellationToken) =>
        [.. (await _adapter.ProcessAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false)).Where(a => a.Type == ActivityTypes.Message)];

    private Activity NewMessage() => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = ChannelId,
        Conversation = new ConversationAccount(id: _conversationId),
        From = new ChannelAccount(_userId, "Customer"),
        Recipient = new ChannelAccount("bot", "Majordome"),
        ServiceUrl = "https://transcripts.invalid/",
        Locale = language,
        Timestamp = time.GetUtcNow(),
    };
}
