using Majordome.Dialogs.Flows;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>When a schedule step's message is due, in the customer's time zone (Paris here: UTC+1 in winter, +2 in summer).</summary>
public sealed class FlowScheduleDueTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    // Sunday 6 December 2026, 18:00 in Paris.
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 17, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset? Due(FlowScheduleTime when, object? value = null) =>
        FlowScheduleDue.Resolve(when, new Dictionary<string, object?> { ["d"] = value, [FlowExpression.Today] = new DateOnly(2026, 12, 6) }, Now, Paris);

    [Fact]
    public void After_TwoWeeks_IsTwoWeeksLaterAtTheSameHour() =>
        Assert.Equal(Now.AddDays(14), Due(new FlowScheduleTime(new FlowDuration(2, 'w'), null, null)));

    [Fact]
    public void At_ADateAlone_IsTenInTheMorningInTheCustomersZone() =>
        Assert.Equal(new DateTimeOffset(2027, 6, 30, 8, 0, 0, TimeSpan.Zero), Due(new FlowScheduleTime(null, FlowExpression.Parse("d - 1d"), null), "2027-07-01"));

    [Fact]
    public void At_ADateAndTime_IsThatTime() =>
        Assert.Equal(new DateTimeOffset(2026, 12, 24, 19, 30, 0, TimeSpan.Zero), Due(new FlowScheduleTime(null, FlowExpression.Parse("d"), null), "2026-12-24 20:30"));

    [Theory]
    [InlineData("2026-12-06 17:00")]
    [InlineData("2020-01-01")]
    [InlineData("not a date")]
    [InlineData(null)]
    public void At_PastOrNoDate_IsNothing(string? value) =>
        Assert.Null(Due(new FlowScheduleTime(null, FlowExpression.Parse("d"), null), value));

    [Theory]
    [InlineData("1990-03-14", "2027-03-14T09:00:00Z")]
    [InlineData("1990-12-25", "2026-12-25T09:00:00Z")]
    [InlineData("1990-06-30", "2027-06-30T08:00:00Z")]
    [InlineData("1990-12-06", "2027-12-06T09:00:00Z")]
    [InlineData("1992-02-29", "2027-02-28T09:00:00Z")]
    public void Anniversary_IsTheNextReturnOfTheDayAtTen(string birthday, string due) =>
        Assert.Equal(DateTimeOffset.Parse(due, System.Globalization.CultureInfo.InvariantCulture), Due(new FlowScheduleTime(null, null, FlowExpression.Parse("d")), birthday));

    [Fact]
    public void Anniversary_TodayBeforeTen_IsToday()
    {
        var morning = new DateTimeOffset(2026, 12, 6, 7, 0, 0, TimeSpan.Zero);
        var due = FlowScheduleDue.Resolve(new FlowScheduleTime(null, null, FlowExpression.Parse("d")), new Dictionary<string, object?> { ["d"] = "1990-12-06" }, morning, Paris);

        Assert.Equal(new DateTimeOffset(2026, 12, 6, 9, 0, 0, TimeSpan.Zero), due);
    }
}
