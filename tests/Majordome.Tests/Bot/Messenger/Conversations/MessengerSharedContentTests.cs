using Majordome.Tests.Bot.Messenger.FakeGraph;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Conversations;

/// <summary>
/// What a customer shares besides text, end to end through the webhook: a photo, a sticker or a voice note at a
/// question gets "I can only read text here" and the question again, never counting as a failed attempt; a location
/// while choosing a boutique chooses the nearest one; a story mention or reply on Instagram is thanked; a website
/// plugin's opt-in is greeted (the checkbox one through <c>recipient.user_ref</c>).
/// </summary>
public sealed class MessengerSharedContentTests : IAsyncLifetime
{
    private MessengerChannelHost _host = null!;

    public async Task InitializeAsync() => _host = await MessengerChannelHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task Stickers_AtTheBoutiqueQuestion_InEnglish_SayTextOnly_AndNeverUseUpTheAttempts()
    {
        await _host.SayAsync("hello");
        await _host.SayAsync("Book a table");

        // More stickers than the question's three attempts: each one only gets the polite answer and the question.
        for (var i = 0; i < 4; i++)
        {
            var replies = await _host.MessageAsync(Attachment("sticker", new JObject { ["url"] = "https://scontent.xx.fbcdn.net/sticker.png", ["sticker_id"] = 369239263222822 }));
            // One message: the polite answer, then the question again (merged texts, a blank line between them).
            Assert.Equal(
                MessengerChannelHost.Merged("I can only read text here… Could you write your answer in a message?", "In which boutique would you like a tasting table?"),
                MessengerChannelHost.Texts(replies)[0]);
        }

        var party = await _host.SayAsync("Lyon");

        Assert.Contains("For how many people?", MessengerChannelHost.Texts(party));
    }

    [Fact]
    public async Task Photo_AndVoiceNote_AtTheBoutiqueQuestion_InFrench_SayTextOnlyInFrench()
    {
        await _host.SayAsync("bonjour");
        await _host.SayAsync("Réserver une table");

        var photo = await _host.MessageAsync(Attachment("image", new JObject { ["url"] = "https://scontent.xx.fbcdn.net/photo.jpg" }));
        var voice = await _host.MessageAsync(Attachment("audio", new JObject { ["url"] = "https://cdn.fbsbx.com/audioclip.mp4" }));
        var third = await _host.MessageAsync(Attachment("image", new JObject { ["url"] = "https://scontent.xx.fbcdn.net/photo2.jpg" }));

        foreach (var replies in new[] { photo, voice, third })
        {
            Assert.Equal(
                MessengerChannelHost.Merged("Je ne sais lire que du texte ici… Pouvez-vous écrire votre réponse dans un message ?", "Dans quelle boutique souhaitez-vous une table de dégustation ?"),
                MessengerChannelHost.Texts(replies)[0]);
        }

        Assert.Contains("Pour combien de personnes ?", MessengerChannelHost.Texts(await _host.SayAsync("Lyon")));
    }

    [Fact]
    public async Task Location_AtTheBoutiqueQuestion_ChoosesTheNearestBoutique()
    {
        await _host.SayAsync("hello");
        await _host.SayAsync("Book a table");

        // Place Bellecour, Lyon: the Lyon boutique is 2 km away, Paris and Bordeaux hundreds.
        var party = await _host.MessageAsync(new JObject
        {
            ["attachments"] = new JArray(new JObject
            {
                ["title"] = "Ana's Location",
                ["url"] = "https://l.facebook.com/l.php?u=https%3A%2F%2Fwww.bing.com%2Fmaps",
                ["type"] = "location",
                ["payload"] = new JObject { ["coordinates"] = new JObject { ["lat"] = 45.7640, ["long"] = 4.8357 } },
            }),
        });
        Assert.Contains("For how many people?", MessengerChannelHost.Texts(party));
        await _host.SayAsync("2");
        await _host.SayAsync("saturday at 3pm");
        await _host.SayAsync("Marie");

        var confirm = await _host.SayAsync("06 12 34 56 78");

        Assert.Contains("Lyon", string.Join('\n', confirm.Select(m => m.ToString())), StringComparison.Ordinal);
        Assert.DoesNotContain("Paris", string.Join('\n', confirm.Select(m => m.ToString())), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Location_WhereNoBoutiqueIsChosen_SaysTextOnly()
    {
        await _host.SayAsync("hello");
        await _host.SayAsync("Book a table");
        await _host.SayAsync("Lyon");

        var replies = await _host.MessageAsync(Attachment("location", new JObject { ["coordinates"] = new JObject { ["lat"] = 45.764, ["long"] = 4.8357 } }));

        Assert.Equal(
            MessengerChannelHost.Merged("I can only read text here… Could you write your answer in a message?", "For how many people?"),
            MessengerChannelHost.Texts(replies)[0]);
    }

    [Fact]
    public async Task StoryMention_OnInstagram_IsThanked()
    {
        await _host.InstagramMessageAsync(new JObject { ["text"] = "hello" });

        var replies = await _host.InstagramMessageAsync(Attachment("story_mention", new JObject { ["url"] = "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1790001" }));

        Assert.Equal(MessengerChannelHost.Merged("Thank you for mentioning us in your story! 💛", "How can I help you?"), MessengerChannelHost.Texts(replies)[0]);
    }

    [Fact]
    public async Task StoryReply_OnInstagram_IsThanked_AndItsWordsAreRead()
    {
        var replies = await _host.InstagramMessageAsync(new JObject
        {
            ["text"] = "Superbe ! Comment réserver une table ?",
            ["reply_to"] = new JObject { ["story"] = new JObject { ["url"] = "https://lookaside.fbsbx.com/ig_messaging_cdn/?asset_id=1790004", ["id"] = "17900000000000004" } },
        });

        // The thanks comes first, and the answer to the words follows it in the same message (merged texts).
        Assert.StartsWith(MessengerChannelHost.Merged("Merci pour votre réponse à notre story ! 💛", string.Empty), MessengerChannelHost.Texts(replies)[0], StringComparison.Ordinal);
        var said = MessengerChannelHost.Paragraphs(replies);
        Assert.Equal("Merci pour votre réponse à notre story ! 💛", said[0]);
        Assert.True(said.Count > 1, "the story reply's words got no answer");
    }

    [Fact]
    public async Task CheckboxPluginOptIn_IsGreeted_ThroughUserRef()
    {
        var before = _host.Graph.SentMessages.Count;
        var optin = new JObject
        {
            ["recipient"] = new JObject { ["id"] = FakeGraphServer.PageId },
            ["timestamp"] = 1_781_190_500_000,
            ["optin"] = new JObject { ["ref"] = "checkout_box", ["user_ref"] = "UREF-5f3a9c" },
        };

        var replies = await _host.PostAsync("page", FakeGraphServer.PageId, optin);

        Assert.NotEmpty(replies);
        Assert.StartsWith("Bonjour, je suis l'assistant", MessengerChannelHost.Texts(replies)[0], StringComparison.Ordinal);
        Assert.All(_host.Graph.SentMessages.Skip(before), m => Assert.Equal("UREF-5f3a9c", (string?)m["recipient"]!["user_ref"]));
    }

    [Fact]
    public async Task SendToMessengerOptIn_IsGreeted()
    {
        var replies = await _host.PostAsync("page", FakeGraphServer.PageId,
            _host.Event(MessengerChannelHost.Psid, FakeGraphServer.PageId, "optin", new JObject { ["ref"] = "checkout_page_cart_8812" }));

        Assert.StartsWith("Bonjour, je suis l'assistant", MessengerChannelHost.Texts(replies)[0], StringComparison.Ordinal);
    }

    private static JObject Attachment(string type, JObject payload) =>
        new() { ["attachments"] = new JArray(new JObject { ["type"] = type, ["payload"] = payload }) };
}
