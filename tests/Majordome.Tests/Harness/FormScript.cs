namespace Majordome.Tests.Harness;

/// <summary>The test form's questions and answers in each language, shared by the engine tests.</summary>
public static class FormScript
{
    public static readonly string[] FrenchAnswers = TestFormDialog.HappyAnswers;

    public static readonly string[] EnglishAnswers = ["Mary", "four", "mary@example.com", "+44 20 7946 0958", "Saturday at 3pm", "green", "yes"];

    /// <summary>Saturday 28 November 2026 at 15:00 in Paris, as the form prints it.</summary>
    public const string SaturdayAt3 = "2026-11-28T15:00+01:00";

    public const string FrenchSummary = "Marie|4|marie@exemple.fr|+33612345678|" + SaturdayAt3 + "|vert";

    public const string EnglishSummary = "Mary|4|mary@example.com|+442079460958|" + SaturdayAt3 + "|green";

    /// <summary>Starts a conversation in the language of <paramref name="greeting"/> and answers the first <paramref name="count"/> questions.</summary>
    public static async Task<Replies> AnswerFirstAsync(ConversationHarness harness, string greeting, string[] answers, int count)
    {
        var replies = await harness.SendAsync(greeting);
        for (var i = 0; i < count; i++)
        {
            replies = await harness.SendAsync(answers[i]);
        }

        return replies;
    }

    /// <summary>A harness whose root dialog is the test form.</summary>
    public static ConversationHarness NewHarness(Microsoft.Bot.Builder.IStorage? storage = null, string channelId = "test") =>
        new(storage, _ => new TestRootDialog(new Microsoft.Extensions.Time.Testing.FakeTimeProvider(ConversationHarness.DefaultNow)), channelId);
}
