using Majordome.Bot.Channels;
using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Localization;

namespace Majordome.Tests.Dialogs.Engine;

public class ChoiceFactoryTests
{
    private static List<Choice> Choices(int count, int titleLength = 5) =>
        Enumerable.Range(1, count).Select(i => new Choice(new string('x', titleLength - 1) + i % 10)).ToList();

    [Theory]
    [InlineData("facebook", 13, true)]
    [InlineData("facebook", 14, false)]
    [InlineData("instagram", 13, true)]
    [InlineData("webchat", 30, true)]
    [InlineData("directline", 30, true)]
    [InlineData("test", 2, false)]
    [InlineData("sms", 2, false)]
    public void ForChannel_SuggestedActionsOnlyWhereSupported(string channel, int count, bool suggested)
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find(channel), Choices(count), "Q", "fr", Localizer.Default);

        Assert.Equal(suggested, activity.SuggestedActions is not null);
    }

    // Issue 14, defect 11: Messenger's 20-character limit was applied to Web Chat, which wraps long titles.
    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public void ForChannel_WebChatTitleLongerThan20_KeepsTheButtons(string channel)
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find(channel), [new Choice("Home delivery"), new Choice("Pick up in a boutique")], "Q", "en", Localizer.Default);

        Assert.Equal(["Home delivery", "Pick up in a boutique"], activity.SuggestedActions.Actions.Select(a => a.Value));
        Assert.Equal("Q", activity.Text);
    }

    // Messenger shortens "Pick up in a boutique" to "Pick up in a…" and sends the full value as the payload.
    [Theory]
    [InlineData("facebook")]
    [InlineData("instagram")]
    public void ForChannel_MessengerTitleLongerThan20_KeepsTheButtonsWithTheFullValue(string channel)
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find(channel), [new Choice("Home delivery"), new Choice("Pick up in a boutique")], "Q", "en", Localizer.Default);

        Assert.Equal(["Home delivery", "Pick up in a boutique"], activity.SuggestedActions.Actions.Select(a => a.Value));
    }

    [Fact]
    public void ForChannel_MessengerTitlesAlikeOnceShortened_FallsBackToText()
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find("facebook"), Choices(2, 21), "Q", "en", Localizer.Default);

        Assert.Null(activity.SuggestedActions);
        Assert.Equal("Q (1) xxxxxxxxxxxxxxxxxxxx1 or (2) xxxxxxxxxxxxxxxxxxxx2", activity.Text);
    }

    // Issue 16: a WhatsApp title of 21 to 24 characters fits a list row (the renderer makes a list, not buttons).
    [Fact]
    public void ForChannel_WhatsAppTitleOf21_KeepsTheChoicesTappable()
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find("whatsapp"), [new Choice("Home delivery"), new Choice("Pick up in a boutique")], "Q", "en", Localizer.Default);

        Assert.Equal(2, activity.SuggestedActions?.Actions?.Count);
    }

    [Fact]
    public void ForChannel_WhatsAppTitleLongerThan24_FallsBackToText()
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find("whatsapp"), [new Choice("Home delivery"), new Choice("Pick up in a boutique near you")], "Q", "en", Localizer.Default);

        Assert.Null(activity.SuggestedActions);
        Assert.Equal("Q (1) Home delivery or (2) Pick up in a boutique near you", activity.Text);
    }

    [Fact]
    public void ForChannel_MoreThanThreeOnTextChannel_IsANumberedList()
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find("sms"), Choices(4), "Q", "en", Localizer.Default);

        Assert.Equal("Q\n\n1. xxxx1\n2. xxxx2\n3. xxxx3\n4. xxxx4", activity.Text);
    }

    [Fact]
    public void ForChannel_MessengerWithMoreThan13_UsesAListNotAnError()
    {
        var activity = ChoiceFactory.ForChannel(ChannelRegistry.Default.Find("facebook"), Choices(14), "Q", "fr", Localizer.Default);

        Assert.Null(activity.SuggestedActions);
        Assert.Contains("14. xxxx4", activity.Text);
    }
}
