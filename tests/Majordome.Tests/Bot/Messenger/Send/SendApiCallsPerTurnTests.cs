using Majordome.Tests.Bot.Messenger.Conversations;
using Newtonsoft.Json;

namespace Majordome.Tests.Bot.Messenger.Send;

/// <summary>
/// How many Send API calls a customer's first question costs, counted on the fake Graph server on loopback behind the
/// real host (webhook, inbox, dialogs): each call spends the Page's rate limit, so in a campaign burst the calls per
/// turn decide how many customers are answered a second. A reply that follows at once needs no separate
/// <c>mark_seen</c>: the reply itself shows the customer the message was read.
/// </summary>
public sealed class SendApiCallsPerTurnTests : IAsyncLifetime
{
    private MessengerChannelHost _channel = null!;

    // A loaded test machine may take longer than the default half second for a first turn: the indicator (and the
    // mark_seen that goes with it) is for replies slower than this, which this test is not about.
    public async Task InitializeAsync() => _channel = await MessengerChannelHost.StartAsync(new Dictionary<string, string?> { ["Messenger:TypingDelay"] = "00:00:10" });

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Theory]
    [InlineData("combien coûte la livraison ?", "Comment puis-je vous aider ?")]
    [InlineData("how much is delivery?", "How can I help you?")]
    public async Task FirstQuestion_AnsweredAtOnce_OneSendApiCall(string question, string answer)
    {
        var before = _channel.Graph.CallsTo("/me/messages").Count;

        // A first message is greeted with the menu (the intent model is not trained in this host): one message.
        await _channel.SayAsync(question);

        // Every call of the turn, so a failure shows what was sent.
        var calls = _channel.Graph.CallsTo("/me/messages").Skip(before).Select(c => c.Json!).ToList();
        Assert.True(calls.Count == 1, $"{calls.Count} calls:\n" + string.Join("\n", calls.Select(c => c.ToString(Formatting.None))));
        Assert.Null(calls[0]["sender_action"]);
        Assert.Contains(answer, (string?)calls[0]["message"]!["text"], StringComparison.Ordinal);
    }
}
