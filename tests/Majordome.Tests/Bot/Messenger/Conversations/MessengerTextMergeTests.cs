using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Conversations;

/// <summary>
/// Consecutive plain texts of one turn go to Messenger as one Send API message, a blank line between them (issue 16:
/// fewer calls per turn, so a campaign burst is answered faster): counted on the fake Graph server behind the real host.
/// The launch flow says its news, then asks for the email; its last step thanks the customer, then offers the menu.
/// </summary>
public sealed class MessengerTextMergeTests : IAsyncLifetime
{
    private MessengerChannelHost _host = null!;

    // The typing indicator is for replies slower than this, which these tests are not about (and its sender actions,
    // should a loaded machine be slower still, are not counted: only messages are).
    public async Task InitializeAsync() => _host = await MessengerChannelHost.StartAsync(new Dictionary<string, string?> { ["Messenger:TypingDelay"] = "00:00:10", ["Messenger:MergeTexts"] = "true" });

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Theory]
    [InlineData("bonjour", "lancement", "La Nocturne, notre café de l'hiver en édition limitée, arrive le 10 décembre.", "Laissez-moi votre e-mail et vous serez parmi les premiers à la goûter.")]
    [InlineData("hello", "launch", "Nocturne, our limited-edition winter coffee, arrives on 10 December.", "Leave me your email and you will be among the first to taste it.")]
    public async Task TwoTextsInARow_GoAsOneMessage_InTheirOrder(string greeting, string keyword, string news, string question)
    {
        await _host.SayAsync(greeting);
        var before = _host.Graph.CallsTo("/me/messages").Count;

        await _host.SayAsync(keyword);

        var calls = _host.Graph.CallsTo("/me/messages").Skip(before).Select(c => c.Json!).Where(c => c["message"] is not null).ToList();
        Assert.True(calls.Count == 1, $"{calls.Count} calls:\n" + string.Join("\n", calls.Select(c => c.ToString(Formatting.None))));
        Assert.StartsWith(news + "\n\n" + question, (string?)calls[0]["message"]?["text"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task TextThenQuestionWithQuickReplies_GoAsOneMessage_WithTheQuickReplies()
    {
        await _host.SayAsync("hello");
        await _host.SayAsync("launch");
        await _host.SayAsync("john@example.com");
        var before = _host.Graph.CallsTo("/me/messages").Count;

        await _host.SayAsync("yes");

        var calls = _host.Graph.CallsTo("/me/messages").Skip(before).Select(c => c.Json!).Where(c => c["message"] is not null).ToList();
        Assert.True(calls.Count == 1, $"{calls.Count} calls:\n" + string.Join("\n", calls.Select(c => c.ToString(Formatting.None))));
        var message = (JObject)calls[0]["message"]!;
        Assert.Equal("Done! You will get an email at john@example.com as soon as it is out.\n\nHow can I help you?", (string?)message["text"]);
        Assert.NotEmpty(MessengerChannelHost.QuickReplyTitles(message));
    }
}
