using Majordome.Bot.Content.Transcripts;
using Majordome.Tests.Bot.Content.Transcripts;

namespace Majordome.Tests.Bot.Analytics.Experiments;

/// <summary>
/// The experiment brand whose gift finder also words its questions per variant: b numbers the budget question,
/// says its own retry and titles the intense option "Bold and intense". The bot is the transcript bot, composed as
/// the host composes it and trained once for the tests below.
/// </summary>
public sealed class VariantQuestionBrandBot : IAsyncLifetime
{
    public const string PromptB = "Question 1 of 3: your budget, in euros?";
    public const string RetryB = "Just a number of euros between 5 and 500, say 40.";
    public const string TitleB = "Bold and intense";

    private readonly string _brand = Path.Combine(Path.GetTempPath(), "majordome-variant-questions", Guid.NewGuid().ToString("N"));

    public TranscriptBot? Bot { get; private set; }

    public async Task InitializeAsync()
    {
        GiftFinderExperimentBrand.Write(_brand);
        var file = Path.Combine(_brand, "flows", "gift-finder.yaml");
        var text = File.ReadAllText(file).ReplaceLineEndings("\n");
        text = Replace(text, """
                prompt:
                  fr: Quel est votre budget, en euros ?
                  en: What is your budget, in euros?
                retry:
                  fr: Indiquez un montant entre 5 et 500 euros, par exemple 40.
                  en: Give an amount between 5 and 500 euros, for example 40.
            """, $"""
                prompt:
                  a:
                    fr: Quel est votre budget, en euros ?
                    en: What is your budget, in euros?
                  b:
                    fr: "Question 1 sur 3 : votre budget, en euros ?"
                    en: "{PromptB}"
                retry:
                  a:
                    fr: Indiquez un montant entre 5 et 500 euros, par exemple 40.
                    en: Give an amount between 5 and 500 euros, for example 40.
                  b:
                    fr: Juste un nombre d'euros entre 5 et 500, disons 40.
                    en: {RetryB}
            """);
        text = Replace(text, """
                  - value: intense
                    title: { fr: Corsé, en: Intense }
            """, $"""
                  - value: intense
                    title:
                      a: {"{"} fr: Corsé, en: Intense {"}"}
                      b: {"{"} fr: Bien corsé, en: {TitleB} {"}"}
            """);
        File.WriteAllText(file, text);
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

    private static string Replace(string text, string from, string to)
    {
        Assert.Contains(from, text, StringComparison.Ordinal);
        return text.Replace(from, to, StringComparison.Ordinal);
    }
}

/// <summary>Each variant's customer is asked, re-asked and offered buttons in their variant's words.</summary>
public sealed class VariantQuestionTextsTests(VariantQuestionBrandBot brand) : IClassFixture<VariantQuestionBrandBot>
{
    private async Task<TranscriptResult> PlayAsync(string text)
    {
        var parsed = TranscriptParser.Parse(text, "variant-questions.transcript");
        Assert.True(parsed.Transcript is not null, string.Join(Environment.NewLine, parsed.Problems));
        return await brand.Bot!.RunAsync(parsed.Transcript);
    }

    private static string Start(string variant, string intro, string prompt) => $"""
        language: en
        variant: {variant}
        user: I am looking for a gift idea
        bot: Hello, I'm the * assistant.
        bot: {intro}
        bot: {prompt}
        """;

    [Theory]
    [InlineData("a", GiftFinderExperimentBrand.IntroA, "What is your budget, in euros?")]
    [InlineData("b", GiftFinderExperimentBrand.IntroB, VariantQuestionBrandBot.PromptB)]
    public async Task Ask_PromptPerVariant_EachVariantIsAskedInItsWords(string variant, string intro, string prompt)
    {
        var run = await PlayAsync(Start(variant, intro, prompt));

        Assert.True(run.Passed, $"line {run.Line}: expected {run.Expected}, got {run.Actual}");
    }

    [Fact]
    public async Task Ask_PromptPerVariant_TheOtherVariantsWordsAreNotShown()
    {
        var run = await PlayAsync(Start("a", GiftFinderExperimentBrand.IntroA, VariantQuestionBrandBot.PromptB));

        Assert.False(run.Passed);
        Assert.Contains("What is your budget, in euros?", run.Actual, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("a", GiftFinderExperimentBrand.IntroA, "What is your budget, in euros?", "Give an amount between 5 and 500 euros, for example 40.")]
    [InlineData("b", GiftFinderExperimentBrand.IntroB, VariantQuestionBrandBot.PromptB, VariantQuestionBrandBot.RetryB)]
    public async Task Ask_OddTypedAnswer_IsAskedAgainWithTheVariantsRetry(string variant, string intro, string prompt, string retry)
    {
        var run = await PlayAsync(Start(variant, intro, prompt) + $"""

            user: 9000
            bot: {retry}
            user: 80
            bot: What kind of coffee do they like?
            """);

        Assert.True(run.Passed, $"line {run.Line}: expected {run.Expected}, got {run.Actual}");
    }

    [Theory]
    [InlineData("a", GiftFinderExperimentBrand.IntroA, "What is your budget, in euros?", "Intense")]
    [InlineData("b", GiftFinderExperimentBrand.IntroB, VariantQuestionBrandBot.PromptB, VariantQuestionBrandBot.TitleB)]
    public async Task Choice_TitlesPerVariant_EachVariantSeesAndClicksItsButtons(string variant, string intro, string prompt, string title)
    {
        var run = await PlayAsync(Start(variant, intro, prompt) + $"""

            user: 80
            bot: What kind of coffee do they like?
            buttons: {title} | Mild | Decaf
            click: {title}
            bot: What is the occasion?
            """);

        Assert.True(run.Passed, $"line {run.Line}: expected {run.Expected}, got {run.Actual}");
    }

    [Fact]
    public async Task Choice_TitlesPerVariant_BTypesItsTitle_AndTheFlowGoesOn()
    {
        var run = await PlayAsync(Start("b", GiftFinderExperimentBrand.IntroB, VariantQuestionBrandBot.PromptB) + """

            user: 80
            bot: What kind of coffee do they like?
            user: bold and intense
            bot: What is the occasion?
            """);

        Assert.True(run.Passed, $"line {run.Line}: expected {run.Expected}, got {run.Actual}");
    }
}
