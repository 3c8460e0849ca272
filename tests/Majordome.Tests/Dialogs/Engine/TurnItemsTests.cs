using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Dialogs.Engine;

public sealed class TurnItemsTests
{
    [Fact]
    public void A_value_belongs_to_its_turn_only()
    {
        using var first = Turn();
        using var second = Turn();

        TurnItems.Set(first, "k", "one");

        Assert.Equal("one", TurnItems.Get<string>(first, "k"));
        Assert.Null(TurnItems.Get<string>(second, "k"));
    }

    [Fact]
    public void Keys_are_compared_exactly_and_null_removes()
    {
        using var turn = Turn();
        TurnItems.Set(turn, "Language", "en");

        Assert.Null(TurnItems.Get<string>(turn, "language"));
        TurnItems.Set(turn, "Language", null);
        Assert.Null(TurnItems.Get<string>(turn, "Language"));
    }

    [Fact]
    public void The_turn_language_is_kept_per_turn()
    {
        using var english = Turn();
        using var other = Turn();

        english.SetLanguage(Languages.English);

        Assert.Equal(Languages.English, english.GetLanguage());
        Assert.Null(other.FindLanguage());
        Assert.Equal(Languages.French, other.GetLanguage());
    }

    [Fact]
    public void Time_zones_are_found_by_id_and_unknown_ones_are_refused()
    {
        Assert.Same(TimeZones.Get("Europe/Paris"), TimeZones.Get("Europe/Paris"));
        Assert.Null(TimeZones.Find("Mars/Olympus_Mons"));
        var error = Assert.Throws<TimeZoneNotFoundException>(() => TimeZones.Get("Mars/Olympus_Mons"));
        Assert.Contains("Mars/Olympus_Mons", error.Message, StringComparison.Ordinal);
    }

    private static TurnContext Turn() => new(
        new Majordome.Bot.Adapters.InMemoryTurnAdapter(),
        new Activity(ActivityTypes.Message) { ChannelId = "test", Conversation = new ConversationAccount(id: "c"), From = new ChannelAccount("u"), Text = "hi" });
}
