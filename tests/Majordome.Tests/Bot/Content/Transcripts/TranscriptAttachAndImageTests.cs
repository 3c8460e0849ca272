using Majordome.Bot.Content.Transcripts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Tests.Bot.Content.Transcripts;

/// <summary>Transcripts send a photo (attach:) and expect a picture by its alt text (image:).</summary>
public sealed class TranscriptAttachAndImageTests
{
    private static readonly TimeProvider Clock = new FixedTimeProvider(TranscriptBot.DefaultNow, TimeZoneInfo.Utc);

    [Fact]
    public void Parse_AttachAndImage_AreSteps()
    {
        var result = TranscriptParser.Parse("""
            user: hello
            attach: https://cdn.example.com/fault.png
            attach: https://cdn.example.com/invoice image/heic
            image: The Barista*
            """, "a.transcript");

        var transcript = Assert.IsType<Majordome.Bot.Content.Transcripts.Transcript>(result.Transcript);
        Assert.Collection(transcript.Steps.Skip(1),
            s => Assert.Equal(new UserAttaches(2, "https://cdn.example.com/fault.png", "image/png"), s),
            s => Assert.Equal(new UserAttaches(3, "https://cdn.example.com/invoice", "image/heic"), s),
            s => Assert.Equal((4, "The Barista*"), (s.Line, ((BotShowsImage)s).Alt.Source)));
    }

    [Theory]
    [InlineData("attach: photo.jpg")]
    [InlineData("attach: http://cdn.example.com/a.jpg")]
    [InlineData("image:")]
    public void Parse_BadLine_IsReportedWithItsLine(string line)
    {
        var result = TranscriptParser.Parse("user: hello\n" + line + "\n", "a.transcript");

        var problem = Assert.Single(result.Problems);
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public async Task Run_AttachSendsTheFile_AndImageMatchesThePicturesAltText()
    {
        var received = new List<Activity>();
        var result = await PlayAsync("""
            language: en
            attach: https://cdn.example.com/fault.jpg
            image: The Barista machine*
            bot: Thanks
            """, activity =>
        {
            received.Add(activity);
            return [MessageFactory.Attachment(new Attachment("image/jpeg", "https://images.example.com/b.jpg", name: "The Barista machine in steel")), MessageFactory.Text("Thanks")];
        });

        Assert.True(result.Passed, $"line {result.Line}: expected {result.Expected}, got {result.Actual}");
        var sent = Assert.Single(Assert.Single(received).Attachments);
        Assert.Equal(("image/jpeg", "https://cdn.example.com/fault.jpg"), (sent.ContentType, sent.ContentUrl));
    }

    [Fact]
    public async Task Run_ImageExpected_TextSaid_FailsWithWhatWasSaid()
    {
        var result = await PlayAsync("""
            user: hello
            image: The Barista machine
            """, _ => [MessageFactory.Text("Here it is")]);

        Assert.Equal((2, "image: The Barista machine", "Here it is"), (result.Line, result.Expected, result.Actual));
    }

    [Fact]
    public async Task Run_TextExpected_PictureShown_FailsNamingThePicture()
    {
        var result = await PlayAsync("""
            user: hello
            bot: Here it is
            """, _ => [MessageFactory.Attachment(new Attachment("image/png", "https://images.example.com/b.png", name: "The Barista"))]);

        Assert.Equal("[image: The Barista]", result.Actual);
    }

    private static async Task<TranscriptResult> PlayAsync(string text, Func<Activity, IActivity[]> bot)
    {
        var transcript = TranscriptParser.Parse(text, "scripted.transcript").Transcript;
        Assert.NotNull(transcript);
        return await TranscriptRunner.RunAsync(transcript, new ScriptedBot(bot), Clock);
    }

    private sealed class ScriptedBot(Func<Activity, IActivity[]> answer) : IBot
    {
        public async Task OnTurnAsync(ITurnContext turnContext, CancellationToken cancellationToken = default)
        {
            foreach (var reply in answer(turnContext.Activity))
            {
                await turnContext.SendActivityAsync(reply, cancellationToken);
            }
        }
    }
}
