using Majordome.Bot.Adapters;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>One customer's conversation with the bot on one channel (Web Chat by default), in memory.</summary>
internal sealed class TranscriptConversation(IBot bot, string language, TimeProvider time, string channelId)
{
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

    public Task<IReadOnlyList<Activity>> AttachAsync(UserAttaches file, CancellationToken cancellationToken)
    {
        var activity = NewMessage();
        activity.Attachments = [new Attachment(file.ContentType, file.Url)];
        return MessagesAsync(activity, cancellationToken);
    }

    // A transcript matches what the customer reads: typing indicators are not replies.
    private async Task<IReadOnlyList<Activity>> MessagesAsync(Activity activity, CancellationToken cancellationToken) =>
        [.. (await _adapter.ProcessAsync(activity, bot.OnTurnAsync, cancellationToken).ConfigureAwait(false)).Where(a => a.Type == ActivityTypes.Message)];

    private Activity NewMessage() => new()
    {
        Type = ActivityTypes.Message,
        Id = Guid.NewGuid().ToString("N"),
        ChannelId = channelId,
        Conversation = new ConversationAccount(id: _conversationId),
        From = new ChannelAccount(_userId, "Customer"),
        Recipient = new ChannelAccount("bot", "Majordome"),
        ServiceUrl = "https://transcripts.invalid/",
        Locale = language,
        Timestamp = time.GetUtcNow(),
    };
}
