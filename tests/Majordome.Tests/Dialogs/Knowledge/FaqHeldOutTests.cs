using Majordome.Bot.Content;
using Majordome.Dialogs.Knowledge;
using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Knowledge;

/// <summary>
/// The shipped FAQ on questions written apart from it (bench/Majordome.Bench.Understanding/data/faq-heldout.tsv):
/// a confident wrong answer is worse than "is it one of these?" or "I don't know" (issue 14, defect 5).
/// </summary>
public class FaqHeldOutTests
{
    private static readonly FaqKnowledge Knowledge = new(new LoadedFaqSource(TestBrand.Content.Faq));

    private static IEnumerable<(string Text, string? Expected, string Language)> Questions() =>
        IntentExampleReader.ReadFile(Path.Combine(RepositoryRoot.Path, "bench", "Majordome.Bench.Understanding", "data", "faq-heldout.tsv"))
            .Select(e => (e.Text, e.Intent == Intents.None ? null : (string?)e.Intent, e.Language!));

    [Fact]
    public void ConfidentWrongAnswers_StayWithinTwoPercent()
    {
        var questions = Questions().ToList();
        var wrong = questions
            .Select(q => (q.Text, q.Expected, Answer: Knowledge.Find(q.Text, q.Language)))
            .Where(q => q.Answer is not null && !string.Equals(q.Answer.Entry.Id, q.Expected, StringComparison.OrdinalIgnoreCase))
            .Select(q => $"\"{q.Text}\": expected {q.Expected ?? "none"}, answered {q.Answer!.Entry.Id}")
            .ToList();

        Assert.True(questions.Count >= 200, $"{questions.Count} questions");
        Assert.True(wrong.Count <= questions.Count * 0.02, $"{wrong.Count} wrong answers of {questions.Count}:\n{string.Join('\n', wrong)}");
    }

    [Fact]
    public void MostAnswerableQuestions_AreAnsweredOrOfferedOneClickAway()
    {
        var answerable = Questions().Where(q => q.Expected is not null).ToList();
        var reached = answerable.Count(q =>
            Knowledge.Find(q.Text, q.Language)?.Entry.Id == q.Expected
            || Knowledge.Suggest(q.Text, q.Language).Any(e => e.Id == q.Expected));

        // Measured 107 of 160 (40 answered, 67 among the offered questions); 0.5, the previous threshold, answered
        // 83 right and 40 wrong.
        Assert.True(reached >= answerable.Count * 0.6, $"{reached} of {answerable.Count}");
    }
}
