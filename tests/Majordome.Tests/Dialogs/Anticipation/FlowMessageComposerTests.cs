using System.Globalization;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Flows;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Anticipation;

/// <summary>What a flow's scheduled message says when it is due: its text in the customer's language, and a button that starts the flow.</summary>
public sealed class FlowMessageComposerTests
{
    private static readonly FlowDefinition Gift = new("gift", new LocalizedText("Mon cadeau", "My gift"), new FlowTriggers(null, [], "GIFT", null), [new SayStep(new LocalizedText("Cadeau", "Gift"))]);

    private static ProactiveJob Job(FlowMessagePayload payload) => new(
        7,
        new ProactiveJobRequest(ProactiveKinds.FlowMessage, new ProactiveAddress("webchat/u1", "webchat", "u1", "c1", null, "fr-FR", "Europe/Paris"), DateTimeOffset.UnixEpoch, payload.ToJson(), "flow:x"),
        ProactiveJobStatus.Claimed, 0, null, DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch);

    private static Task<ProactiveMessage?> ComposeAsync(FlowMessagePayload payload, string culture, params FlowDefinition[] flows) =>
        new FlowMessageComposer(new FlowCatalogSource(new FlowCatalog(flows))).ComposeAsync(Job(payload), CultureInfo.GetCultureInfo(culture), CancellationToken.None);

    [Theory]
    [InlineData("fr-FR", "Joyeux anniversaire !", "Mon cadeau")]
    [InlineData("en-US", "Happy birthday!", "My gift")]
    public async Task FlowAndText_IsAnOfferInTheCustomersLanguage_WithAButtonSendingTheFlowsPayload(string culture, string text, string title)
    {
        var message = await ComposeAsync(new FlowMessagePayload("club", "gift", "Joyeux anniversaire !", "Happy birthday!"), culture, Gift);

        Assert.NotNull(message);
        Assert.Equal(ProactiveCategory.Marketing, message.Category);
        Assert.Null(message.Template);
        var activity = Assert.IsType<Activity>(Assert.Single(message.Activities));
        Assert.Equal(text, activity.Text);
        var button = Assert.Single(activity.SuggestedActions.Actions);
        Assert.Equal((ActionTypes.PostBack, title, "GIFT"), (button.Type, button.Title, (string?)((JObject)button.Value)["payload"]));
    }

    [Fact]
    public async Task FlowWithoutText_InvitesByTheFlowsTitle()
    {
        var message = await ComposeAsync(new FlowMessagePayload("club", "gift", null, null), "fr-FR", Gift);

        Assert.Equal("Une idée pour vous : Mon cadeau.", Assert.IsType<Activity>(Assert.Single(message!.Activities)).Text);
    }

    [Fact]
    public async Task TextAlone_HasNoButton()
    {
        var message = await ComposeAsync(new FlowMessagePayload("club", null, "Pensez à détartrer votre machine.", "Remember to descale your machine."), "en-US");

        var activity = Assert.IsType<Activity>(Assert.Single(message!.Activities));
        Assert.Equal(("Remember to descale your machine.", null), (activity.Text, activity.SuggestedActions));
    }

    [Fact]
    public async Task FlowNoLongerServed_NoLongerApplies() =>
        Assert.Null(await ComposeAsync(new FlowMessagePayload("club", "gift", "Joyeux anniversaire !", "Happy birthday!"), "fr-FR"));

    [Fact]
    public async Task PayloadNotAFlowMessage_NoLongerApplies()
    {
        var job = Job(new FlowMessagePayload("club", null, "x", "x")) is var j ? j with { Request = j.Request with { PayloadJson = "{\"orderNumber\": 1042}" } } : null;

        Assert.Null(await new FlowMessageComposer(new FlowCatalogSource()).ComposeAsync(job!, CultureInfo.GetCultureInfo("fr-FR"), CancellationToken.None));
    }
}
