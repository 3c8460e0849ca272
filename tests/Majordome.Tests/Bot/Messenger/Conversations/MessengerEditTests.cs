using Majordome.Bot.Messenger.Inbox;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Conversations;

/// <summary>
/// A customer edits a message (<c>message_edits</c>), end to end through the webhook: a message whose turn has not run
/// yet is answered with its new text; one already answered is left alone.
/// </summary>
public sealed class MessengerEditTests : IAsyncLifetime
{
    private MessengerChannelHost _host = null!;

    public async Task InitializeAsync() => _host = await MessengerChannelHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Edit_OfAMessageWaitingForItsTurn_IsAnsweredWithTheNewText()
    {
        // Both arrive in one delivery (Meta batches under load): the message's turn has not run when the edit comes.
        var message = _host.NewMessage(new JObject { ["text"] = "bonjour" });
        var edit = Edit(message, "hello", 1);

        var replies = await _host.PostAsync("page", FakeGraphServer.PageId, message, edit);

        Assert.StartsWith("Hello, I'm the Maison Tasse assistant", MessengerChannelHost.Texts(replies)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(MessengerChannelHost.Texts(replies), t => t.StartsWith("Bonjour", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Edits_OutOfOrder_TheLatestEditWins()
    {
        var message = _host.NewMessage(new JObject { ["text"] = "hello" });

        var replies = await _host.PostAsync("page", FakeGraphServer.PageId, message, Edit(message, "bonjour", 2), Edit(message, "hi there", 1));

        Assert.StartsWith("Bonjour, je suis l'assistant", MessengerChannelHost.Texts(replies)[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_OfAMessageAlreadyAnswered_IsLeftAlone()
    {
        var message = _host.NewMessage(new JObject { ["text"] = "hello" });
        await _host.PostAsync("page", FakeGraphServer.PageId, message);
        var key = $"facebook/{FakeGraphServer.PageId}/mid:{(string)message["message"]!["mid"]!}";
        var stored = await _host.Host.Services.GetRequiredService<MessengerInbox>().FindBodyAsync(key);

        var replies = await _host.PostAsync("page", FakeGraphServer.PageId, Edit(message, "bonjour", 1));

        Assert.Empty(replies);
        Assert.Equal(stored, await _host.Host.Services.GetRequiredService<MessengerInbox>().FindBodyAsync(key));
    }

    private JObject Edit(JObject message, string text, int number) =>
        _host.Event(MessengerChannelHost.Psid, FakeGraphServer.PageId, "message_edit",
            new JObject { ["mid"] = message["message"]!["mid"]!.DeepClone(), ["text"] = text, ["num_edit"] = number });
}
