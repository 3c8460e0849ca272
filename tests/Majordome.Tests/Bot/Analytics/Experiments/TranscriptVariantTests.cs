using Majordome.Bot.Content.Transcripts;
using Majordome.Tests.Bot.Content.Transcripts;

namespace Majordome.Tests.Bot.Analytics.Experiments;

/// <summary>The transcript bot on the brand whose gift finder runs an experiment, trained once for the tests below.</summary>
public sealed class VariantBrandBot : IAsyncLifetime
{
    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-variant-transcripts", Guid.NewGuid().ToString("N"));

    public TranscriptBot? Bot { get; private set; }

    public async Task InitializeAsync()
    {
        GiftFinderExperimentBrand.Write(_brand);
        Bot = await TranscriptBot.StartAsync(_brand, ShippedBrandBot.Configuration);
    }

    public async Task DisposeAsync()
    {
        if (Bot is not null)
        {
            await Bot.DisposeAsync();
        }

        Directory.Delete(_brand, recursive: true);
    }
}

/// <summary>A transcript's <c>variant:</c> line puts its customer in that variant, so <c>flows test</c> checks each variant of a flow.</summary>
public sealed class TranscriptVariantTests(VariantBrandBot brand) : IClassFixture<VariantBrandBot>
{
    private static string GiftFinder(string variant, string intro) => $"""
        language: en
        variant: {variant}
        user: I am looking for a gift idea
        bot: Hello, I'm the * assistant.
        bot: {intro}
        bot: What is your budget, in euros?
        """;

    private async Task<TranscriptResult> PlayAsync(string text)
    {
        var parsed = TranscriptParser.Parse(text, "variant.transcript");
        Assert.True(parsed.Transcript is not null, string.Join(Environment.NewLine, parsed.Problems));
        return await brand.Bot!.RunAsync(parsed.Transcript);
    }

    [Theory]
    [InlineData("a", GiftFinderExperimentBrand.IntroA)]
    [InlineData("b", GiftFinderExperimentBrand.IntroB)]
    public async Task Transcript_PinnedVariant_SeesItsSteps(string variant, string intro)
    {
        var run = await PlayAsync(GiftFinder(variant, intro));

        Assert.True(run.Passed, $"line {run.Line}: expected {run.Expected}, got {run.Actual}");
    }

    [Fact]
    public async Task Transcript_PinnedVariant_DoesNotSeeTheOtherVariantsSteps()
    {
        var run = await PlayAsync(GiftFinder("b", GiftFinderExperimentBrand.IntroA));

        Assert.False(run.Passed);
        Assert.Contains("Three questions", run.Actual, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Transcript_WithoutVariantLine_PlaysTheFlowsFirstVariantEveryTime()
    {
        var text = GiftFinder("a", GiftFinderExperimentBrand.IntroA).Replace("variant: a\n", string.Empty, StringComparison.Ordinal);
        Assert.DoesNotContain("variant:", text, StringComparison.Ordinal);

        for (var run = 0; run < 6; run++)
        {
            var result = await PlayAsync(text);
            Assert.True(result.Passed, $"run {run}: expected {result.Expected}, got {result.Actual}");
        }
    }

    [Fact]
    public async Task Transcript_VariantNoFlowDeclares_FailsAndSaysSo()
    {
        var run = await PlayAsync(GiftFinder("c", GiftFinderExperimentBrand.IntroA));

        Assert.False(run.Passed);
        Assert.Equal("no served flow declares it", run.Actual);
    }

    [Theory]
    [InlineData("language: en\nvariant: B\nuser: hello", 2, "not a variant name")]
    [InlineData("language: en\nuser: hello\nvariant: b", 3, "before the first user or bot line")]
    public void Parse_BadVariantLine_IsReportedWithItsLine(string text, int line, string message)
    {
        var problem = Assert.Single(TranscriptParser.Parse(text, "t.transcript").Problems);

        Assert.Equal(line, problem.Line);
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }
}
