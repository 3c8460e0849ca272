using Majordome.Bot.Analytics;
using Majordome.Bot.Channels;
using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Channels;

public class ChannelRegistryTests
{
    private static List<Choice> Choices(int count) => Enumerable.Range(1, count).Select(i => new Choice($"Choice {i}")).ToList();

    // Issue 16: on WhatsApp, 4 to 10 choices are an interactive list (suggested actions the renderer turns into one).
    [Fact]
    public void ForChannel_WhatsAppFiveChoices_AreSuggestedActionsForAList()
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find(ChannelIds.WhatsApp), Choices(5), "Q", "en", Localizer.Default);

        Assert.Equal(5, activity.SuggestedActions?.Actions?.Count);
    }

    [Fact]
    public void ForChannel_WhatsAppElevenChoices_AreANumberedText()
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find(ChannelIds.WhatsApp), Choices(11), "Q", "en", Localizer.Default);

        Assert.Null(activity.SuggestedActions);
        Assert.Contains("11. Choice 11", activity.Text);
    }

    // The dialogs ask the registry the bot carries in every turn: a WhatsApp prompt of 5 choices gets its buttons.
    [Fact]
    public async Task ChoicePrompt_OnWhatsAppThroughTheBot_OffersFiveChoicesAsButtons()
    {
        var (_, question) = await PromptHarness.StartAsync(
            new ChoicePrompt("c"), SinglePromptDialog.Asking("Which one?", o => o.Choices = Choices(5)), "en", channelId: ChannelIds.WhatsApp);

        Assert.Equal(["Choice 1", "Choice 2", "Choice 3", "Choice 4", "Choice 5"], question.SuggestedActions);
    }

    [Fact]
    public void Find_UnregisteredChannel_IsTextOnly()
    {
        var channel = ChannelRegistry.Default.Find("carrier-pigeon");

        Assert.Same(ChannelCapabilities.Unknown, channel);
        Assert.False(channel.ShowsSuggestedActions(1));
        Assert.False(channel.ShowsCardActions(1));
    }

    [Theory]
    [InlineData("whatsapp", "whatsapp")]
    [InlineData("facebook", "facebook")]
    [InlineData("directlinespeech", "other")]
    [InlineData("Facebook", "other")]
    [InlineData("made-up", "other")]
    public void AnalyticsName_ComesFromTheRegistry(string channelId, string expected) =>
        Assert.Equal(expected, AnalyticsChannels.Normalize(ChannelRegistry.Default, channelId));
}
