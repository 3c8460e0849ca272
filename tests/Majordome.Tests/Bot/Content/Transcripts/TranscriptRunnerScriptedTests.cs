using Majordome.Bot.Content.Transcripts;
using Majordome.Cards;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>The runner against a scripted bot: what a click sends, carousels, links and a bot that throws.</summary>
public sealed class TranscriptRunnerScriptedTests
{
    private static readonly TimeProvider Clock = new FixedTimeProvider(TranscriptBot.DefaultNow, TimeZoneInfo.Utc);

    private static Attachment Card(string template, params JObject[] actions) => new()
    {
        ContentType = AdaptiveCardAttachment.ContentType,
        Name = template,
        Content = new JObject { ["type"] = "AdaptiveCard", ["body"] = new JArray(new JObject { ["type"] = "ActionSet", ["actions"] = new JArray(actions) }) },
    };

    private static Activity Suggest(string text, CardAction action) =>
        new(ActivityTypes.Message) { Text = text, SuggestedActions = new SuggestedActions { Actions = [action] } };

    private static JObject Submit(string title, JToken data) => new() { ["type"] = "Action.Submit", ["title"] = title, ["data"] = data };

    private static async Task<TranscriptResult> PlayAsync(string text, Func<Activity, Task<IActivity[]>> bot)
    {
        var transcript = TranscriptParser.Parse(text, "scripted.transcript").Transcript;
        Assert.NotNull(transcript);
        return await TranscriptRunner.RunAsync(transcript, new ScriptedBot(bot), Clock);
    }

    [Fact]
    public async Task Click_CardSubmitAndSuggestedAction_SendWhatWebChatSends()
    {
        var received = new List<Activity>();
        var result = await PlayAsync("""
            language: en
            user: show me
            card: product-carousel
            buttons: Add to cart | Add to cart
            bot: Pick one
            buttons: Menu
            click: Add to cart
            bot: Added
            click: Menu
            bot: Here is the menu
            """, activity =>
        {
            received.Add(activity);
            var reply = received.Count switch
            {
                1 => new Activity(ActivityTypes.Message)
                {
                    Attachments =
                    [
                        Card("product-carousel", Submit("Add to cart", new JObject { ["action"] = "addToCart", ["sku"] = "A" })),
                        Card("product-carousel", Submit("Add to cart", new JObject { ["action"] = "addToCart", ["sku"] = "B" })),
                    ],
                },
                2 => Suggest("Added", new CardAction(ActionTypes.ImBack, "Menu", value: "menu please")),
                _ => (Activity)MessageFactory.Text("Here is the menu"),
            };
            IActivity[] replies = received.Count == 1
                ? [reply, Suggest("Pick one", new CardAction(ActionTypes.ImBack, "Menu", value: "menu please"))]
                : [reply];
            return Task.FromResult(replies);
        });

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
        Assert.Equal("A", ((JObject)received[1].Value)["sku"]?.ToString());
        Assert.Null(received[1].Text);
        Assert.Equal("menu please", received[2].Text);
        Assert.Equal("en", received[0].Locale);
    }

    [Fact]
    public async Task Click_LinkButton_FailsBecauseItSendsNothing()
    {
        var result = await PlayAsync("user: hi\nbot: See\nclick: Open\n", _ => Task.FromResult<IActivity[]>(
            [Suggest("See", new CardAction(ActionTypes.OpenUrl, "Open", value: "https://example.org"))]));

        Assert.Equal(3, result.Line);
        Assert.Equal("this button opens a link and sends nothing to the bot", result.Actual);
    }

    [Fact]
    public async Task BotThatThrows_FailsTheTranscriptWithTheError()
    {
        var result = await PlayAsync("user: hi\nbot: Hello\n", _ => throw new InvalidOperationException("boom"));

        Assert.Equal(1, result.Line);
        Assert.Equal("the bot failed: InvalidOperationException: boom", result.Actual);
    }

    [Fact]
    public async Task TextAndCardInOneMessage_AreTwoRepliesTextFirst()
    {
        var message = MessageFactory.Attachment(Card("cart", Submit("Checkout", "checkout")), "Your cart");
        var result = await PlayAsync("user: cart\ncard: cart\n", _ => Task.FromResult<IActivity[]>([message]));

        Assert.Equal(2, result.Line);
        Assert.Equal("Your cart", result.Actual);
    }

    // Issue 14, defect 10: the plain-text copy sent beside the cards was hidden here while Web Chat showed it twice.
    // Cards now come alone on the channels transcripts play on, so a copy is a reply the transcript must reveal.
    [Fact]
    public async Task CarouselWithAPlainTextCopy_ShowsTheCopyAsAReply()
    {
        var message = MessageFactory.Carousel(
            [WithFallback(Card("product-carousel", Submit("Add to cart", "a")), "Arpeggio — €4.20"), WithFallback(Card("product-carousel", Submit("Add to cart", "b")), "Ristretto — €4.20")],
            "1. Arpeggio — €4.20\n2. Ristretto — €4.20");
        var result = await PlayAsync("user: coffee\ncard: product-carousel\nbuttons: Add to cart | Add to cart\n", _ => Task.FromResult<IActivity[]>([message]));

        Assert.Equal(2, result.Line);
        Assert.Equal("1. Arpeggio — €4.20 2. Ristretto — €4.20", result.Actual);
    }

    [Fact]
    public async Task CardsWithATextThatIsNotTheirFallback_AreTwoRepliesTextFirst()
    {
        var message = MessageFactory.Carousel(
            [WithFallback(Card("product-carousel"), "Arpeggio — €4.20"), WithFallback(Card("product-carousel"), "Ristretto — €4.20")],
            "Here are our capsules");
        var result = await PlayAsync("user: coffee\ncard: product-carousel\n", _ => Task.FromResult<IActivity[]>([message]));

        Assert.Equal(2, result.Line);
        Assert.Equal("Here are our capsules", result.Actual);
    }

    [Fact]
    public async Task OneCardWithANote_IsTheNoteThenTheCard()
    {
        var message = MessageFactory.Attachment(WithFallback(Card("product"), "Arpeggio — €4.20"), "Free delivery from €49.");
        var result = await PlayAsync("user: coffee\nbot: Free delivery from €49.\ncard: product\n", _ => Task.FromResult<IActivity[]>([message]));

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
    }

    private static Attachment WithFallback(Attachment card, string fallback)
    {
        ((JObject)card.Content)["fallbackText"] = fallback;
        return card;
    }

    private sealed class ScriptedBot(Func<Activity, Task<IActivity[]>> answer) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            foreach (var reply in await answer(turnContext.Activity))
            {
                await turnContext.SendActivityAsync(reply, cancellationToken);
            }
        }
    }
}
