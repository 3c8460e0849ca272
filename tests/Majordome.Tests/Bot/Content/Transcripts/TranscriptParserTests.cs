using Majordome.Bot.Content.Transcripts;

namespace Majordome.Tests.Bot.Content.Transcripts;

public sealed class TranscriptParserTests
{
    [Fact]
    public void Parse_EveryKind_ReadsStepsWithTheirLines()
    {
        var result = TranscriptParser.Parse("""
            # a comment
            language: en   # the customer's locale

            user: hello
            bot: Hi *
            buttons: Yes |  No
            click: Yes
            card: product-carousel
            bot: Order #42 is on its way   # a trailing comment
            """, "a.transcript");

        var transcript = Assert.IsType<Transcript>(result.Transcript);
        Assert.Empty(result.Problems);
        Assert.Equal("en", transcript.Language);
        Assert.Equal("a.transcript", transcript.File);
        Assert.Collection(transcript.Steps,
            s => Assert.Equal(new UserSays(4, "hello"), s),
            s => Assert.Equal((5, "Hi *"), (s.Line, ((BotSays)s).Pattern.Source)),
            s => Assert.Equal(["Yes", "No"], ((BotOffersButtons)s).Titles),
            s => Assert.Equal(new UserClicks(7, "Yes"), s),
            s => Assert.Equal(new BotShowsCard(8, "product-carousel"), s),
            s => Assert.Equal("Order #42 is on its way", ((BotSays)s).Pattern.Source));
    }

    [Fact]
    public void Parse_NoLanguage_IsFrench()
    {
        var transcript = TranscriptParser.Parse("user: bonjour\n", "a.transcript").Transcript;

        Assert.Equal("fr", transcript?.Language);
    }

    [Fact]
    public void Parse_AClockLine_StopsTheClockAtThatInstant_AndABadOneIsReported()
    {
        var good = TranscriptParser.Parse("clock: 2026-11-25T21:30+01:00\nuser: conseiller\n", "clock.transcript");
        var bad = TranscriptParser.Parse("clock: mercredi soir\nuser: conseiller\n", "clock.transcript");

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 21, 30, 0, TimeSpan.FromHours(1)), good.Transcript?.Clock);
        Assert.Equal((1, "\"mercredi soir\" is not an instant: write the date, time and offset, such as clock: 2026-11-25T21:30+01:00."), (bad.Problems[0].Line, bad.Problems[0].Message));
    }

    [Fact]
    public void Parse_BadLines_ReportsEachWithItsLineAndAPlainMessage()
    {
        var result = TranscriptParser.Parse("""
            language: de
            user: hello
            customer: hi
            bot: /([a-z]/
            buttons:
            user:
            """, "bad.transcript");

        Assert.Null(result.Transcript);
        Assert.Collection(result.Problems,
            p => Assert.Equal("bad.transcript, line 1, column 1, field \"language\": \"de\" is not a language the bot speaks: write language: fr or language: en.", p.ToString()),
            p => Assert.Equal((3, "this line is not understood: start it with one of language:, channels:, goal:, variant:, clock:, stub:, user:, click:, attach:, bot:, card:, image:, buttons:, or with # for a comment."), (p.Line, p.Message)),
            p => Assert.Equal(4, p.Line),
            p => Assert.Equal((5, "\"buttons:\" needs the button titles separated by |, such as buttons: Yes | No."), (p.Line, p.Message)),
            p => Assert.Equal(6, p.Line));
        Assert.StartsWith("the regular expression between slashes is not valid", result.Problems[2].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_BotBeforeAnyUserLine_IsAProblem()
    {
        var result = TranscriptParser.Parse("bot: Hello\nuser: hi\n", "a.transcript");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(1, problem.Line);
        Assert.Contains("start with user:", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ButtonsNotAfterABotLine_IsAProblem()
    {
        var result = TranscriptParser.Parse("user: hi\nbuttons: Yes | No\n", "a.transcript");

        Assert.Equal(2, Assert.Single(result.Problems).Line);
    }

    [Fact]
    public void Parse_LanguageAfterTheFirstLine_IsAProblem()
    {
        var result = TranscriptParser.Parse("user: hi\nlanguage: en\n", "a.transcript");

        Assert.Equal("\"language:\" must come once, before the first user or bot line.", Assert.Single(result.Problems).Message);
    }

    [Fact]
    public void Parse_NoUserLine_IsAProblem()
    {
        var result = TranscriptParser.Parse("# only a comment\n", "empty.transcript");

        Assert.Contains("no user: line", Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ChannelsLine_GivesTheChannelsToPlayOn()
    {
        var result = TranscriptParser.Parse("language: en\nchannels: WebChat, facebook\nuser: hello\n", "c.transcript");

        Assert.Equal(["webchat", "facebook"], result.Transcript!.Channels);
    }

    [Fact]
    public void Parse_ChannelsLineNamingWhatsApp_PlaysOnWhatsApp()
    {
        var result = TranscriptParser.Parse("language: fr\nchannels: whatsapp\nuser: bonjour\n", "c.transcript");

        Assert.Empty(result.Problems);
        Assert.Equal(["whatsapp"], result.Transcript!.Channels);
    }

    [Theory]
    [InlineData("channels: telegraph\nuser: hello\n", "not a list of channels")]
    [InlineData("channels: \nuser: hello\n", "not a list of channels")]
    [InlineData("user: hello\nchannels: webchat\n", "must come once, before the first user")]
    public void Parse_BadChannelsLine_IsReportedPlainly(string text, string expected)
    {
        var result = TranscriptParser.Parse(text, "c.transcript");

        Assert.Contains(expected, Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_GoalLine_GivesWhatTheCustomerCameFor()
    {
        var result = TranscriptParser.Parse("language: en\ngoal: Booking\nuser: book a table\n", "g.transcript");

        Assert.Equal("booking", result.Transcript!.Goal);
    }

    [Fact]
    public void Parse_NoGoalLine_HasNoGoal()
    {
        Assert.Null(TranscriptParser.Parse("user: hello\n", "g.transcript").Transcript!.Goal);
    }

    [Theory]
    [InlineData("goal: lunch\nuser: hello\n", "not a goal")]
    [InlineData("goal: \nuser: hello\n", "not a goal")]
    [InlineData("goal: order\ngoal: booking\nuser: hello\n", "must come once, before the first user")]
    [InlineData("user: hello\ngoal: order\n", "must come once, before the first user")]
    public void Parse_BadGoalLine_IsReportedPlainly(string text, string expected)
    {
        var result = TranscriptParser.Parse(text, "g.transcript");

        Assert.Contains(expected, Assert.Single(result.Problems).Message, StringComparison.Ordinal);
    }
}
