using System.Globalization;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Recognition;

namespace Majordome.Tests.Dialogs.Recognition;

public class DateTimeRecognizerTests
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    /// <summary>Saturday 28 November 2026, 16:00 in Paris (winter time, UTC+1).</summary>
    private static readonly DateTimeOffset SaturdayAfternoon = new(2026, 11, 28, 16, 0, 0, TimeSpan.FromHours(1));

    /// <summary>Saturday 27 March 2027, 16:00 in Paris: clocks go forward tomorrow at 02:00.</summary>
    private static readonly DateTimeOffset EveOfSummerTime = new(2027, 3, 27, 16, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData("demain soir à 20h", "2026-11-29T20:00+01:00", "2026-11-29T20")]
    [InlineData("Demain soir à 20h pour 4 personnes", "2026-11-29T20:00+01:00", "2026-11-29T20")]
    [InlineData("demain soir à 8h", "2026-11-29T20:00+01:00", "2026-11-29T20")]
    [InlineData("demain soir vers 20h30", "2026-11-29T20:30+01:00", "2026-11-29T20:30")]
    [InlineData("samedi soir à 20h", "2026-11-28T20:00+01:00", "XXXX-WXX-6T20")]
    [InlineData("samedi, à 20h", "2026-11-28T20:00+01:00", "XXXX-WXX-6T20")]
    [InlineData("samedi à 15h", "2026-12-05T15:00+01:00", "XXXX-WXX-6T15")]
    [InlineData("samedi prochain à midi", "2026-12-05T12:00+01:00", "2026-12-05T12")]
    [InlineData("le 12 décembre à 19h30", "2026-12-12T19:30+01:00", "XXXX-12-12T19:30")]
    [InlineData("le 12/12 à 19h", "2026-12-12T19:00+01:00", "XXXX-12-12T19")]
    [InlineData("demain à midi", "2026-11-29T12:00+01:00", "2026-11-29T12")]
    [InlineData("dans 2 heures", "2026-11-28T18:00+01:00", "2026-11-28T18:00:00")]
    [InlineData("dans 30 minutes", "2026-11-28T16:30+01:00", "2026-11-28T16:30:00")]
    [InlineData("ce soir à 20h", "2026-11-28T20:00+01:00", "T20")]
    [InlineData("20h", "2026-11-28T20:00+01:00", "T20")]
    [InlineData("à 15h", "2026-11-29T15:00+01:00", "T15")]
    [InlineData("maintenant", "2026-11-28T16:00+01:00", "PRESENT_REF")]
    public void Recognize_FrenchDateAndTime_ReturnsLocalInstant(string text, string expected, string timex)
    {
        var resolution = Assert.Single(DateTimeRecognizer.Recognize(text, Languages.French, SaturdayAfternoon, Paris));

        Assert.Equal(expected, Format(resolution.Value));
        Assert.Equal(timex, resolution.Timex);
        Assert.True(resolution.HasTime);
        Assert.Null(resolution.End);
    }

    [Theory]
    [InlineData("tomorrow 3pm", "2026-11-29T15:00+01:00")]
    [InlineData("next Friday at noon", "2026-12-04T12:00+01:00")]
    [InlineData("tomorrow at 8pm for four people", "2026-11-29T20:00+01:00")]
    [InlineData("tomorrow evening around 8:30pm", "2026-11-29T20:30+01:00")]
    [InlineData("December 12 at 7:30pm", "2026-12-12T19:30+01:00")]
    [InlineData("saturday at 3pm", "2026-12-05T15:00+01:00")]
    [InlineData("in 2 hours", "2026-11-28T18:00+01:00")]
    [InlineData("at 8", "2026-11-28T20:00+01:00")]
    [InlineData("now", "2026-11-28T16:00+01:00")]
    public void Recognize_EnglishDateAndTime_ReturnsLocalInstant(string text, string expected)
    {
        var resolution = Assert.Single(DateTimeRecognizer.Recognize(text, Languages.English, SaturdayAfternoon, Paris));

        Assert.Equal(expected, Format(resolution.Value));
        Assert.True(resolution.HasTime);
    }

    [Theory]
    [InlineData("demain", Languages.French, "2026-11-29T00:00+01:00")]
    [InlineData("samedi", Languages.French, "2026-11-28T00:00+01:00")]
    [InlineData("dimanche", Languages.French, "2026-11-29T00:00+01:00")]
    [InlineData("lundi", Languages.French, "2026-11-30T00:00+01:00")]
    [InlineData("le 12 décembre", Languages.French, "2026-12-12T00:00+01:00")]
    [InlineData("le 1er décembre", Languages.French, "2026-12-01T00:00+01:00")]
    [InlineData("noël", Languages.French, "2026-12-25T00:00+01:00")]
    [InlineData("dans 2 jours", Languages.French, "2026-11-30T00:00+01:00")]
    [InlineData("hier", Languages.French, "2026-11-27T00:00+01:00")]
    [InlineData("tomorrow", Languages.English, "2026-11-29T00:00+01:00")]
    [InlineData("monday", Languages.English, "2026-11-30T00:00+01:00")]
    [InlineData("Dec 1st", Languages.English, "2026-12-01T00:00+01:00")]
    [InlineData("christmas", Languages.English, "2026-12-25T00:00+01:00")]
    public void Recognize_DateOnly_ReturnsLocalMidnightWithoutTime(string text, string language, string expected)
    {
        var resolution = Assert.Single(DateTimeRecognizer.Recognize(text, language, SaturdayAfternoon, Paris));

        Assert.Equal(expected, Format(resolution.Value));
        Assert.False(resolution.HasTime);
        Assert.Null(resolution.End);
    }

    [Theory]
    [InlineData("samedi", Languages.French, "2026-12-05T00:00+01:00")]
    [InlineData("saturday", Languages.English, "2026-12-05T00:00+01:00")]
    [InlineData("samedi à 15h", Languages.French, "2026-12-05T15:00+01:00")]
    [InlineData("dimanche", Languages.French, "2026-11-29T00:00+01:00")]
    public void Recognize_WeekdayOnASunday_PrefersTheComingOne(string text, string language, string expected)
    {
        var sundayMorning = new DateTimeOffset(2026, 11, 29, 10, 0, 0, TimeSpan.FromHours(1));

        var resolution = Assert.Single(DateTimeRecognizer.Recognize(text, language, sundayMorning, Paris));

        Assert.Equal(expected, Format(resolution.Value));
    }

    [Theory]
    [InlineData("demain de 19h à 21h", Languages.French, "2026-11-29T19:00+01:00", "2026-11-29T21:00+01:00", true)]
    [InlineData("demain entre 19h et 21h", Languages.French, "2026-11-29T19:00+01:00", "2026-11-29T21:00+01:00", true)]
    [InlineData("demain soir", Languages.French, "2026-11-29T16:00+01:00", "2026-11-29T20:00+01:00", true)]
    [InlineData("entre 19h et 21h", Languages.French, "2026-11-28T19:00+01:00", "2026-11-28T21:00+01:00", true)]
    [InlineData("la semaine prochaine", Languages.French, "2026-11-30T00:00+01:00", "2026-12-07T00:00+01:00", false)]
    [InlineData("tomorrow morning", Languages.English, "2026-11-29T08:00+01:00", "2026-11-29T12:00+01:00", true)]
    [InlineData("next week", Languages.English, "2026-11-30T00:00+01:00", "2026-12-07T00:00+01:00", false)]
    [InlineData("this weekend", Languages.English, "2026-11-28T00:00+01:00", "2026-11-30T00:00+01:00", false)]
    [InlineData("entre demain et samedi", Languages.French, "2026-11-29T00:00+01:00", "2026-12-05T00:00+01:00", false)]
    public void Recognize_Period_ReturnsStartAndEnd(string text, string language, string start, string end, bool hasTime)
    {
        var resolution = Assert.Single(DateTimeRecognizer.Recognize(text, language, SaturdayAfternoon, Paris));

        Assert.Equal(start, Format(resolution.Value));
        Assert.Equal(end, resolution.End is { } e ? Format(e) : null);
        Assert.Equal(hasTime, resolution.HasTime);
    }

    [Fact]
    public void Recognize_TwoExpressions_ReturnsBothInTextOrder()
    {
        var resolutions = DateTimeRecognizer.Recognize("demain à 20h ou samedi prochain à midi", Languages.French, SaturdayAfternoon, Paris);

        Assert.Equal(["2026-11-29T20:00+01:00", "2026-12-05T12:00+01:00"], resolutions.Select(r => Format(r.Value)));
    }

    [Fact]
    public void Recognize_NowLateInUtc_UsesTheUsersCalendarDay()
    {
        // 23:30 UTC is already 00:30 on Sunday in Paris: the user's "demain" is Monday.
        var lateUtc = new DateTimeOffset(2026, 11, 28, 23, 30, 0, TimeSpan.Zero);

        var resolution = Assert.Single(DateTimeRecognizer.Recognize("demain", Languages.French, lateUtc, Paris));

        Assert.Equal("2026-11-30T00:00+01:00", Format(resolution.Value));
    }

    [Theory]
    [InlineData("demain soir à 20h", "2027-03-28T20:00+02:00")]
    [InlineData("demain", "2027-03-28T00:00+01:00")]
    [InlineData("demain à 2h30", "2027-03-28T03:30+02:00")]
    [InlineData("demain à 15h", "2027-03-28T15:00+02:00")]
    [InlineData("le 31 octobre 2027 à 2h30", "2027-10-31T02:30+02:00")]
    [InlineData("le 31 octobre 2027 à 15h", "2027-10-31T15:00+01:00")]
    public void Recognize_AcrossSummerTimeChange_UsesTheOffsetOfThatDate(string text, string expected)
    {
        var resolution = Assert.Single(DateTimeRecognizer.Recognize(text, Languages.French, EveOfSummerTime, Paris));

        Assert.Equal(expected, Format(resolution.Value));
    }

    [Theory]
    [InlineData("dans 2 heures", Languages.French)]
    [InlineData("in 2 hours", Languages.English)]
    public void Recognize_OffsetAcrossSummerTimeChange_IsElapsedTime(string text, string language)
    {
        // 01:30 winter time; clocks jump from 02:00 to 03:00, so two hours later the wall clock reads 04:30.
        var beforeChange = new DateTimeOffset(2027, 3, 28, 1, 30, 0, TimeSpan.FromHours(1));

        var resolution = Assert.Single(DateTimeRecognizer.Recognize(text, language, beforeChange, Paris));

        Assert.Equal("2027-03-28T04:30+02:00", Format(resolution.Value));
        Assert.Equal(TimeSpan.FromHours(2), resolution.Value - beforeChange);
    }

    [Theory]
    [InlineData("pendant 2 heures", Languages.French)]
    [InlineData("tous les lundis", Languages.French)]
    [InlineData("midi", Languages.French)]
    [InlineData("pour 4 personnes", Languages.French)]
    [InlineData("12", Languages.English)]
    [InlineData("je voudrais réserver", Languages.French)]
    [InlineData("I'd like to book a table", Languages.English)]
    public void Recognize_NoDateOrUnsupportedExpression_ReturnsEmpty(string text, string language)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(text, language, SaturdayAfternoon, Paris));
    }

    [Theory]
    [MemberData(nameof(NaughtyStrings.All), MemberType = typeof(NaughtyStrings))]
    public void Recognize_NaughtyString_ReturnsEmpty(string? text)
    {
        Assert.Empty(DateTimeRecognizer.Recognize(text, Languages.French, SaturdayAfternoon, Paris));
        Assert.Empty(DateTimeRecognizer.Recognize(text, Languages.English, SaturdayAfternoon, Paris));
    }

    [Fact]
    public void Recognize_AnswerOverTheLengthLimit_IsNotAnalysed()
    {
        var padding = new string('x', 230);

        Assert.Single(DateTimeRecognizer.Recognize(padding + " demain à 20h", Languages.French, SaturdayAfternoon, Paris));
        Assert.Empty(DateTimeRecognizer.Recognize(padding + " blabla blabla demain à 20h", Languages.French, SaturdayAfternoon, Paris));
    }

    [Fact]
    public void Recognize_NullTimeZone_Throws()
    {
        Assert.Throws<ArgumentNullException>(() => DateTimeRecognizer.Recognize("demain", Languages.French, SaturdayAfternoon, null!));
    }

    [Fact]
    public void Recognize_ConcurrentCalls_GiveTheSameAnswers()
    {
        var texts = new[] { ("demain soir à 20h", Languages.French), ("tomorrow 3pm", Languages.English), ("samedi à 15h", Languages.French) };
        var expected = texts.Select(t => Format(DateTimeRecognizer.Recognize(t.Item1, t.Item2, SaturdayAfternoon, Paris)[0].Value)).ToArray();

        var results = new string[300];
        Parallel.For(0, results.Length, i =>
        {
            var (text, language) = texts[i % texts.Length];
            results[i] = Format(DateTimeRecognizer.Recognize(text, language, SaturdayAfternoon, Paris)[0].Value);
        });

        Assert.All(results.Select((r, i) => (r, i)), x => Assert.Equal(expected[x.i % texts.Length], x.r));
    }

    [Fact]
    public void WarmUp_CalledTwice_DoesNotThrow()
    {
        DateTimeRecognizer.WarmUp();
        DateTimeRecognizer.WarmUp();
    }

    private static string Format(DateTimeOffset value) => value.ToString("yyyy-MM-dd'T'HH:mmzzz", CultureInfo.InvariantCulture);
}
