using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Rendering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Rendering;

public class QuickRepliesTests
{
    private readonly MessengerRenderer _renderer = new(new MessengerCardRenderer(Majordome.Dialogs.Localization.Localizer.Default));

    [Fact]
    public void Render_SuggestedActions_BecomeQuickRepliesOnTheText()
    {
        var activity = Suggest(["Oui", "Non"], "Voulez-vous continuer ?");
        activity.ChannelId = MessengerChannels.Facebook;
        var message = Assert.Single(_renderer.Render(activity));
        Assert.Equal(
            JObject.Parse("""{"text":"Voulez-vous continuer ?","quick_replies":[{"content_type":"text","title":"Oui","payload":"Oui"},{"content_type":"text","title":"Non","payload":"Non"}]}"""),
            message,
            JToken.EqualityComparer);
    }

    [Fact]
    public void Render_LongTitle_IsShortenedButThePayloadKeepsTheWholeValue()
    {
        var activity = Suggest([new CardAction(ActionTypes.ImBack, "Je voudrais réserver une table", value: "Je voudrais réserver une table")], "Et ensuite ?");
        activity.ChannelId = MessengerChannels.Instagram;
        var reply = (JObject)_renderer.Render(activity)[^1]["quick_replies"]![0]!;
        Assert.Equal("Je voudrais…", (string?)reply["title"]);
        Assert.Equal("Je voudrais réserver une table", (string?)reply["payload"]);
    }

    [Fact]
    public void Render_FifteenActions_ThirteenQuickReplies_TheRestAsText()
    {
        var titles = Enumerable.Range(1, 15).Select(i => $"Choix {i}").ToList();
        var activity = Suggest(titles, "Lequel ?");
        activity.ChannelId = MessengerChannels.Facebook;
        var messages = _renderer.Render(activity);
        var last = messages[^1];
        Assert.Equal(13, ((JArray)last["quick_replies"]!).Count);
        Assert.Equal("Lequel ?\n• Choix 14\n• Choix 15", (string?)last["text"]);
    }

    [Fact]
    public void Render_ObjectValue_PayloadIsItsJson_AndTooLongPayloadFallsBackToTheTitle()
    {
        var activity = Suggest(
            [
                new CardAction(ActionTypes.PostBack, "Menu", value: new JObject { ["action"] = "menu" }),
                new CardAction(ActionTypes.ImBack, "Long", value: new string('x', 1001)),
                new CardAction(ActionTypes.OpenUrl, "Site", value: "https://maisontasse.example"),
            ],
            "Choisissez");
        activity.ChannelId = MessengerChannels.Facebook;
        var message = Assert.Single(_renderer.Render(activity));
        var replies = (JArray)message["quick_replies"]!;
        Assert.Equal("""{"action":"menu"}""", (string?)replies[0]["payload"]);
        Assert.Equal("Long", (string?)replies[1]["payload"]);
        Assert.Equal(2, replies.Count);
        Assert.Equal("Choisissez\nSite: https://maisontasse.example", (string?)message["text"]);
    }

    [Fact]
    public void Render_OnlySuggestedActions_ListsThemAsTheCarrierText()
    {
        var activity = Suggest(["Oui", "Non"], null);
        activity.ChannelId = MessengerChannels.Facebook;
        var message = Assert.Single(_renderer.Render(activity));
        Assert.Equal("Oui / Non", (string?)message["text"]);
        Assert.Equal(2, ((JArray)message["quick_replies"]!).Count);
    }

    private static Activity Suggest(IEnumerable<string> titles, string? text) =>
        Suggest(titles.Select(t => new CardAction(ActionTypes.ImBack, t, value: t)), text);

    private static Activity Suggest(IEnumerable<CardAction> actions, string? text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        SuggestedActions = new SuggestedActions { Actions = actions.ToList() },
    };
}
