using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Engine;

/// <summary>Help, cancel, start over, back, menu and language switch work in any step of a waterfall.</summary>
public class InterruptionTests
{
    public static TheoryData<int> Steps => new() { 0, 1, 2, 3, 4, 5, 6 };

    /// <summary>The help each question gives (French), proving help depends on the current question.</summary>
    private static readonly string[] FrenchHelp =
    [
        "Écrivez simplement votre réponse",
        "Écrivez un nombre",
        "adresse e-mail",
        "numéro de téléphone",
        "samedi à 15h",
        "Les options sont : rouge, vert, bleu",
        "Répondez oui ou non",
    ];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Help_AtAnyStep_ExplainsThatQuestionThenAsksItAgain(int step)
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, step);

        var replies = await harness.SendAsync("aide");

        Assert.Contains(FrenchHelp[step], replies.Text);
        Assert.Contains("retour", replies.Text);
        Assert.StartsWith($"Q{step + 1}", replies.Last.Text);
        await AssertCompletesAsync(harness, step, FormScript.FrenchSummary);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Cancel_AtAnyStep_CancelsAndOffersAFreshStart(int step)
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, step);

        var replies = await harness.SendAsync("annuler");

        Assert.Contains("c'est annulé", replies.Text);
        Assert.StartsWith("Q1", replies.Last.Text);
        await AssertCompletesAsync(harness, 0, FormScript.FrenchSummary);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task StartOver_AtAnyStep_RestartsTheFlowWithNoAnswerKept(int step)
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, step);

        var replies = await harness.SendAsync("recommencer");

        Assert.Contains("on recommence", replies.Text);
        Assert.StartsWith("Q1", replies.Last.Text);
        await AssertCompletesAsync(harness, 0, FormScript.FrenchSummary);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(6)]
    public async Task Back_AtAnyStep_AsksThePreviousQuestionAndKeepsTheNewAnswer(int step)
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, step);

        var replies = await harness.SendAsync("retour");

        Assert.StartsWith($"Q{step}", replies.Last.Text);

        // Answer the previous question differently and go on: the new answer wins.
        var answers = (string[])FormScript.FrenchAnswers.Clone();
        var fields = FormScript.FrenchSummary.Split('|');
        (answers[step - 1], fields[step - 1]) = ChangedAnswer(step - 1);
        await AssertCompletesAsync(harness, step - 1, string.Join('|', fields), answers);
    }

    [Fact]
    public async Task Back_TwiceInARow_GoesBackTwoQuestions()
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 4);

        await harness.SendAsync("retour");
        var replies = await harness.SendAsync("question précédente");

        Assert.StartsWith("Q3", replies.Last.Text);
        await AssertCompletesAsync(harness, 2, FormScript.FrenchSummary);
    }

    [Fact]
    public async Task Back_AtTheFirstQuestion_SaysSoAndAsksItAgain()
    {
        var harness = FormScript.NewHarness();
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("retour");

        Assert.Contains("première question", replies.Text);
        Assert.StartsWith("Q1", replies.Last.Text);
    }

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task SwitchLanguage_AtAnyStep_AsksTheSameQuestionInEnglishAndKeepsAnswers(int step)
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, step);

        var replies = await harness.SendAsync("English please");

        Assert.Contains("continue in English", replies.Text);
        Assert.StartsWith($"Q{step + 1}", replies.Last.Text);
        Assert.DoesNotContain("Votre", replies.Last.Text);

        // Answers given in French are kept; the rest are given in English.
        var answers = FormScript.FrenchAnswers.Take(step).Concat(FormScript.EnglishAnswers.Skip(step)).ToArray();
        var expected = string.Join('|', FormScript.FrenchSummary.Split('|').Take(Math.Min(step, 6))
            .Concat(FormScript.EnglishSummary.Split('|').Skip(Math.Min(step, 6))));
        await AssertCompletesAsync(harness, step, expected, answers);
    }

    [Fact]
    public async Task SwitchLanguage_IsRememberedAfterDetectionWouldSayOtherwise()
    {
        var harness = FormScript.NewHarness();
        await harness.SendAsync("bonjour");
        await harness.SendAsync("English please");

        var replies = await harness.SendAsync("je m'appelle Marie");

        Assert.StartsWith("Q2 How many people?", replies.Last.Text);
    }

    [Fact]
    public async Task Menu_AtAStep_EndsTheFlowAndBeginsTheRoot()
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 3);

        var replies = await harness.SendAsync("menu");

        Assert.StartsWith("Q1", replies.Last.Text);
    }

    [Fact]
    public async Task Human_AtAStep_IsAcknowledgedAndTheQuestionStays()
    {
        var harness = FormScript.NewHarness();
        await FormScript.AnswerFirstAsync(harness, "bonjour", FormScript.FrenchAnswers, 2);

        var replies = await harness.SendAsync("je veux parler à un conseiller");

        Assert.Contains("parler à quelqu'un de l'équipe", replies.Text);
        Assert.StartsWith("Q3", replies.Last.Text);
    }

    [Fact]
    public async Task AnswerContainingACommandWord_IsTreatedAsAnAnswer()
    {
        var harness = FormScript.NewHarness();
        await harness.SendAsync("bonjour");

        var replies = await harness.SendAsync("Marie Retour");

        Assert.StartsWith("Q2", replies.Last.Text);
    }

    private static (string Answer, string Field) ChangedAnswer(int index) => index switch
    {
        0 => ("Jeanne", "Jeanne"),
        1 => ("2", "2"),
        2 => ("jeanne@exemple.fr", "jeanne@exemple.fr"),
        3 => ("07 11 22 33 44", "+33711223344"),
        4 => ("dimanche à 11h", "2026-11-29T11:00+01:00"),
        _ => ("rouge", "rouge"),
    };

    private static async Task AssertCompletesAsync(ConversationHarness harness, int from, string expectedSummary, string[]? answers = null)
    {
        answers ??= FormScript.FrenchAnswers;
        Replies? replies = null;
        for (var i = from; i < answers.Length; i++)
        {
            replies = await harness.SendAsync(answers[i]);
        }

        Assert.NotNull(replies);
        Assert.Contains($"FORM DONE {expectedSummary}", replies.Text);
    }
}
