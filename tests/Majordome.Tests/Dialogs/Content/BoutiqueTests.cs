using Majordome.Dialogs.Content;

namespace Majordome.Tests.Dialogs.Content;

public sealed class BoutiqueTests
{
    private static readonly OpeningRange Morning = new(new TimeOnly(10, 0), new TimeOnly(12, 30));
    private static readonly OpeningRange Afternoon = new(new TimeOnly(14, 0), new TimeOnly(19, 0));

    private static readonly Boutique Lyon = new(
        "lyon",
        "Maison Tasse Lyon",
        new PostalAddress("5 rue de la Charité", "69002", "Lyon"),
        "+33 4 28 29 45 10",
        new GeoCoordinates(45.75, 4.83),
        "Europe/Paris",
        Enum.GetValues<DayOfWeek>().ToDictionary(
            d => d,
            d => (IReadOnlyList<OpeningRange>)(d == DayOfWeek.Monday ? [] : [Morning, Afternoon])),
        [new BoutiqueClosure(new DateOnly(2026, 12, 25), new LocalizedText("Noël", "Christmas Day"))],
        6);

    [Fact]
    public void HoursOn_OrdinaryTuesday_GivesTheWeeklyRanges()
    {
        Assert.Equal([Morning, Afternoon], Lyon.HoursOn(new DateOnly(2026, 12, 22)));
    }

    [Fact]
    public void HoursOn_WeeklyClosedDay_GivesNoRange()
    {
        Assert.False(Lyon.IsOpenOn(new DateOnly(2026, 12, 21)));
    }

    [Fact]
    public void HoursOn_ExceptionalClosure_GivesNoRangeAndTheReason()
    {
        var christmas = new DateOnly(2026, 12, 25);

        Assert.Empty(Lyon.HoursOn(christmas));
        Assert.Equal("Christmas Day", Lyon.ClosureOn(christmas)?.Reason.En);
    }

    [Theory]
    [InlineData(10, 0, true)]
    [InlineData(12, 29, true)]
    [InlineData(12, 30, false)]
    [InlineData(9, 59, false)]
    public void Contains_Time_IncludesOpeningExcludesClosing(int hour, int minute, bool expected)
    {
        Assert.Equal(expected, Morning.Contains(new TimeOnly(hour, minute)));
    }

    [Fact]
    public void Address_ToString_ReadsLikeAFrenchAddress()
    {
        Assert.Equal("5 rue de la Charité, 69002 Lyon", Lyon.Address.ToString());
    }
}
