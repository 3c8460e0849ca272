using Majordome.Cards.Boutiques;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Cards.Boutiques;

public class LocationCardTests
{
    private static JArray WeekFacts(JObject card) => (JArray)card["body"]!.Last!["facts"]!;

    [Fact]
    public void Render_SaturdayAfternoon_OpenWithTodaysTwoPeriods()
    {
        var card = LocationCard.Render(SampleCards.Boutique, "fr", strict: true);
        var strings = CardJson.Strings(card);

        Assert.Contains("Maison Tasse Marais", strings);
        Assert.Contains("12 rue des Rosiers, 75004 Paris", strings);
        Assert.Contains("Ouvert en ce moment", strings);
        Assert.Contains("09:30–13:00, 14:00–20:00", strings);
        Assert.Contains("+33 1 23 45 67 89", strings);
    }

    [Fact]
    public void Render_Week_ListsSevenDaysMondayFirstWithClosedDays()
    {
        var facts = WeekFacts(LocationCard.Render(SampleCards.Boutique, "en", strict: true));

        Assert.Equal(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"], facts.Select(f => (string)f["title"]!));
        Assert.Equal("Closed", (string?)facts[0]["value"]);
        Assert.Equal("10:00 am–8:00 pm", (string?)facts[4]["value"]);
        Assert.Equal("Closed", (string?)facts[6]["value"]);
    }

    [Theory]
    [InlineData(13, 30, false)]
    [InlineData(14, 0, true)]
    [InlineData(19, 59, true)]
    [InlineData(20, 0, false)]
    [InlineData(9, 29, false)]
    public void Render_AroundTheLunchBreak_TellsOpenFromClosed(int hour, int minute, bool open)
    {
        var data = SampleCards.Boutique with { LocalNow = new DateTimeOffset(2025, 6, 14, hour, minute, 0, TimeSpan.FromHours(2)) };

        Assert.Contains(open ? "Open now" : "Closed now", CardJson.Strings(LocationCard.Render(data, "en", strict: true)));
    }

    [Fact]
    public void Render_Actions_MapLinkAndBookTable()
    {
        var card = LocationCard.Render(SampleCards.Boutique, "en", strict: true);

        var map = CardJson.Actions(card).Single(a => (string?)a["type"] == "Action.OpenUrl");
        Assert.Equal("Open the map", (string?)map["title"]);
        Assert.Equal("https://www.openstreetmap.org/search?query=12%20rue%20des%20Rosiers%2C%2075004%20Paris", (string?)map["url"]);
        Assert.Equal([JObject.Parse("""{ "action": "bookTable", "boutiqueId": "paris-marais" }""")], CardJson.SubmitValues(card), JToken.EqualityComparer);
    }

    [Fact]
    public void Render_GivenMapUrlAndNoPhone_UsesItAndHidesPhone()
    {
        var card = LocationCard.Render(SampleCards.Boutique with { MapUrl = "https://maps.example/marais", Phone = null }, "fr", strict: true);

        Assert.Equal("https://maps.example/marais", (string?)CardJson.Actions(card).Single(a => (string?)a["type"] == "Action.OpenUrl")["url"]);
        Assert.DoesNotContain("Téléphone", CardJson.Strings(card));
    }

    [Fact]
    public void ToText_Boutique_InBothLanguages()
    {
        Assert.Equal(
            "Maison Tasse Marais\n12 rue des Rosiers, 75004 Paris\nOuvert en ce moment\nAujourd'hui\u00A0: 09:30–13:00, 14:00–20:00\nHoraires de la semaine\u00A0:\n"
            + "- Lundi\u00A0: Fermé\n- Mardi\u00A0: 10:00–19:00\n- Mercredi\u00A0: 10:00–19:00\n- Jeudi\u00A0: 10:00–19:00\n- Vendredi\u00A0: 10:00–20:00\n- Samedi\u00A0: 09:30–13:00, 14:00–20:00\n- Dimanche\u00A0: Fermé\n"
            + "Téléphone\u00A0: +33 1 23 45 67 89\nVoir sur la carte\u00A0: https://www.openstreetmap.org/search?query=12%20rue%20des%20Rosiers%2C%2075004%20Paris",
            LocationCard.ToText(SampleCards.Boutique, "fr"));
        Assert.StartsWith(
            "Maison Tasse Marais\n12 rue des Rosiers, 75004 Paris\nOpen now\nToday: 9:30 am–1:00 pm, 2:00 pm–8:00 pm\nOpening hours this week:\n- Monday: Closed\n",
            LocationCard.ToText(SampleCards.Boutique, "en"), StringComparison.Ordinal);
    }
}
