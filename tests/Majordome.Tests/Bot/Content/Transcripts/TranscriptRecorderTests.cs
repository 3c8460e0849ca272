using Majordome.Bot.Content.Transcripts;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>The recorder plays the customer's lines on the shipped bot and keeps every reply, matching or not.</summary>
[Collection(ShippedBrandBotCollection.Name)]
public sealed class TranscriptRecorderTests(ShippedBrandBot shipped)
{
    private static Transcript Parse(string text) =>
        TranscriptParser.Parse(text, "recorded.transcript").Transcript ?? throw new InvalidOperationException("The transcript does not read.");

    [Fact]
    public async Task Record_BotLinesThatDoNotMatch_StillPlaysEveryTurnAndKeepsTheReplies()
    {
        var transcript = Parse("language: en\nuser: hello\nbot: Something the bot never says\nuser: thanks\n");

        var recording = await shipped.Bot.RecordAsync(transcript);

        Assert.False((await shipped.Bot.RunAsync(transcript)).Passed);
        Assert.Null(recording.StoppedAt);
        Assert.Equal(2, recording.Turns.Count);
        Assert.StartsWith("Hello, I'm the Maison Tasse assistant.", recording.Turns[0].Replies[0].Text, StringComparison.Ordinal);
        Assert.Equal("You're welcome!", recording.Turns[1].Replies[0].Text);
    }

    [Fact]
    public async Task Record_ClickOnAnOfferedButton_PlaysIt()
    {
        var recording = await shipped.Bot.RecordAsync(Parse("language: en\nuser: hello\nclick: Book a table\n"));

        Assert.Equal(2, recording.Turns.Count);
        Assert.Equal("In which boutique would you like a tasting table?", recording.Turns[1].Replies[0].Text);
    }

    [Fact]
    public async Task Record_ClickOnAButtonNotOffered_StopsThereAndSaysWhy()
    {
        var recording = await shipped.Bot.RecordAsync(Parse("language: en\nuser: hello\nclick: Nowhere\nuser: thanks\n"));

        Assert.Single(recording.Turns);
        Assert.Equal("line 3: no button \"Nowhere\" to click", recording.StoppedAt);
    }
}
