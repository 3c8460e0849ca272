using System.Globalization;
using Majordome.Dialogs.Knowledge;

namespace Majordome.Bench.Understanding;

/// <summary>
/// Chooses the FAQ's answer threshold on held-out questions: at each threshold, how many questions get the right
/// answer, a wrong one (another entry, or any answer to a question the FAQ cannot answer) or none ("I don't know").
/// The threshold kept is the one with the most right answers among those whose wrong answers stay within the
/// budget (2 % of all questions): a confident wrong answer costs a brand more than an honest "I don't know".
/// </summary>
public static class FaqThresholdEvaluation
{
    /// <summary>The share of questions allowed to get a wrong answer.</summary>
    public const double WrongBudget = 0.02;

    /// <summary>One threshold's outcome.</summary>
    public sealed record Row(double Threshold, int Right, int Wrong, int Unanswered, int Total)
    {
        /// <summary>Wrong answers over all questions.</summary>
        public double WrongRate => Total == 0 ? 0 : (double)Wrong / Total;
    }

    /// <summary>Scores every question once, then counts the outcomes at thresholds from 0.20 to 0.95.</summary>
    public static IReadOnlyList<Row> Sweep(FaqKnowledge knowledge, IReadOnlyList<FaqQuestion> questions)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(questions);
        var scored = questions.Select(q => (Question: q, Hit: knowledge.Rank(q.Text, q.Language, 1).FirstOrDefault())).ToList();
        var rows = new List<Row>();
        for (var step = 20; step <= 95; step += 5)
        {
            var threshold = step / 100.0;
            int right = 0, wrong = 0, unanswered = 0;
            foreach (var (question, hit) in scored)
            {
                if (hit is null || hit.Confidence < threshold)
                {
                    unanswered++;
                }
                else if (string.Equals(hit.Id, question.Expected, StringComparison.OrdinalIgnoreCase))
                {
                    right++;
                }
                else
                {
                    wrong++;
                }
            }

            rows.Add(new Row(threshold, right, wrong, unanswered, scored.Count));
        }

        return rows;
    }

    /// <summary>The row with the most right answers within the wrong-answer budget (the lowest such threshold on ties).</summary>
    public static Row? Choose(IReadOnlyList<Row> rows) =>
        rows.Where(r => r.WrongRate <= WrongBudget).OrderByDescending(r => r.Right).ThenBy(r => r.Threshold).FirstOrDefault();

    /// <summary>
    /// Below the answer threshold, down to <paramref name="suggestFrom"/>, the customer is offered the closest
    /// questions to pick from ("is it one of these?") instead of an answer: prints how often the expected entry is
    /// among the <see cref="FaqKnowledge.SuggestionCount"/> offered, and how often a question the FAQ cannot
    /// answer gets suggestions.
    /// </summary>
    public static void PrintSuggestions(FaqKnowledge knowledge, IReadOnlyList<FaqQuestion> questions, double answerFrom, double suggestFrom, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(output);
        int answeredRight = 0, answeredWrong = 0, suggestedRight = 0, suggestedMissed = 0, suggestedNone = 0, unanswered = 0;
        foreach (var question in questions)
        {
            var hits = knowledge.Rank(question.Text, question.Language, FaqKnowledge.SuggestionCount);
            if (hits.Count == 0 || hits[0].Confidence < suggestFrom)
            {
                unanswered++;
            }
            else if (hits[0].Confidence >= answerFrom)
            {
                _ = string.Equals(hits[0].Id, question.Expected, StringComparison.OrdinalIgnoreCase) ? answeredRight++ : answeredWrong++;
            }
            else if (question.Expected is null)
            {
                suggestedNone++;
            }
            else
            {
                _ = hits.Any(h => string.Equals(h.Id, question.Expected, StringComparison.OrdinalIgnoreCase)) ? suggestedRight++ : suggestedMissed++;
            }
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"answer from {answerFrom:0.00}, suggest from {suggestFrom:0.00}: answered right {answeredRight}, answered wrong {answeredWrong} ({100.0 * answeredWrong / questions.Count:0.0} %), suggestions holding the answer {suggestedRight}, suggestions without it {suggestedMissed}, suggestions for an unanswerable question {suggestedNone}, unanswered {unanswered}"));
    }

    /// <summary>The questions answered wrongly at <paramref name="threshold"/>, with what was answered and how confidently.</summary>
    public static IEnumerable<string> WrongAnswers(FaqKnowledge knowledge, IReadOnlyList<FaqQuestion> questions, double threshold)
    {
        ArgumentNullException.ThrowIfNull(knowledge);
        ArgumentNullException.ThrowIfNull(questions);
        foreach (var question in questions)
        {
            if (knowledge.Rank(question.Text, question.Language, 1).FirstOrDefault() is { } hit && hit.Confidence >= threshold
                && !string.Equals(hit.Id, question.Expected, StringComparison.OrdinalIgnoreCase))
            {
                yield return string.Create(CultureInfo.InvariantCulture, $"  {question.Language} \"{question.Text}\": expected {question.Expected ?? "none"}, answered {hit.Id} ({hit.Confidence:0.00})");
            }
        }
    }

    /// <summary>Prints the sweep, the choice and the shipped threshold's row.</summary>
    public static void Print(IReadOnlyList<Row> rows, IReadOnlyList<FaqQuestion> questions, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(rows);
        ArgumentNullException.ThrowIfNull(output);
        var answerable = questions.Count(q => q.Expected is not null);
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"questions: {questions.Count} ({answerable} answerable by the FAQ, {questions.Count - answerable} not)"));
        output.WriteLine("threshold  right  wrong  unanswered  wrong %");
        foreach (var row in rows)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"     {row.Threshold,4:0.00}  {row.Right,5}  {row.Wrong,5}  {row.Unanswered,10}  {row.WrongRate * 100,6:0.0}"));
        }

        var chosen = Choose(rows);
        output.WriteLine(chosen is null
            ? "no threshold keeps wrong answers within the budget"
            : string.Create(CultureInfo.InvariantCulture, $"chosen: {chosen.Threshold:0.00} (most right answers with at most {WrongBudget * 100:0} % wrong): right {chosen.Right}/{answerable}, wrong {chosen.Wrong}"));
        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"shipped: FaqKnowledge.MinimumConfidence = {FaqKnowledge.MinimumConfidence:0.00}"));
    }
}
