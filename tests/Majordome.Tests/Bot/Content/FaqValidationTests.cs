namespace Majordome.Tests.Bot.Content;

/// <summary>Every rule of faq.yaml names the file, line, column and field of the problem.</summary>
public sealed class FaqValidationTests : IDisposable
{
    private const string File = "faq.yaml";

    // Line 3 holds the topic, 11 and 12 the answer, 13 the related ids of the first entry.
    private const string Entries = """
        entries:
          - id: returns-window
            topic: returns
            question:
              fr: Puis-je retourner un produit ?
              en: Can I return a product?
            alternatives:
              fr: [délai de retour]
              en: [return policy]
            answer:
              fr: Vous avez 30 jours.
              en: You have 30 days.
            related: [delivery-fee]
          - id: delivery-fee
            topic: delivery
            question: { fr: Combien coûte la livraison ?, en: How much is delivery? }
            alternatives: { fr: [frais de port], en: [shipping cost] }
            answer: { fr: "La livraison coûte 4,90 €.", en: Delivery costs €4.90. }
        """;

    private readonly TempBrandFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_AnswerWithoutEnglish_ReportsMissingTranslation()
    {
        _folder.Write(File, Entries.With("      en: You have 30 days.\n", string.Empty));

        ProblemAssert.At(_folder.SingleProblem(), File, 11, 7, "entries[0].answer.en", "the English translation (en) is missing.");
    }

    [Fact]
    public void Load_AlternativesWithoutFrench_ReportsMissingTranslation()
    {
        _folder.Write(File, Entries.With("      fr: [délai de retour]\n", string.Empty));

        ProblemAssert.At(_folder.SingleProblem(), File, 8, 7, "entries[0].alternatives.fr", "the French translation (fr) is missing.");
    }

    [Fact]
    public void Load_QuestionInOneLanguageOnly_AsksForBoth()
    {
        _folder.Write(File, Entries.With("""
                question:
                  fr: Puis-je retourner un produit ?
                  en: Can I return a product?
            """, "    question: Puis-je retourner un produit ?\n\n"));

        ProblemAssert.At(_folder.SingleProblem(), File, 4, 15, "entries[0].question",
            "expected one text per language (fr: … and en: …) but found \"Puis-je retourner un produit ?\"");
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    public void Load_EmptyAnswer_ReportsIt(string answer)
    {
        _folder.Write(File, Entries.With("fr: Vous avez 30 jours.", $"fr: {answer}"));

        ProblemAssert.At(_folder.SingleProblem(), File, 11, 11, "entries[0].answer.fr", "this is empty: write a text.");
    }

    [Fact]
    public void Load_AnswerLeftBlank_ReportsIt()
    {
        _folder.Write(File, Entries.With("fr: Vous avez 30 jours.", "fr:"));

        var problem = _folder.SingleProblem();

        ProblemAssert.At(problem, File, 11, 10, "entries[0].answer.fr", "this is empty: write a text.");
    }

    [Fact]
    public void Load_RelatedToUnknownId_SuggestsTheClosest()
    {
        _folder.Write(File, Entries.With("related: [delivery-fee]", "related: [delivery-fees]"));

        ProblemAssert.At(_folder.SingleProblem(), File, 13, 15, "entries[0].related[0]", "unknown FAQ id \"delivery-fees\": no item in this file has it. Did you mean \"delivery-fee\"?");
    }

    [Fact]
    public void Load_SameIdTwice_ReportsTheSecond()
    {
        _folder.Write(File, Entries.With("    related: [delivery-fee]\n", string.Empty).With("id: delivery-fee", "id: returns-window"));

        ProblemAssert.At(_folder.SingleProblem(), File, 13, 9, "entries[1].id", "the FAQ id \"returns-window\" is already used at line 2");
    }

    [Fact]
    public void Load_UnknownTopic_ListsTheTopics()
    {
        _folder.Write(File, Entries.With("topic: returns", "topic: retours"));

        ProblemAssert.At(_folder.SingleProblem(), File, 3, 12, "entries[0].topic",
            "unknown topic \"retours\": did you mean \"returns\"? use one of delivery, returns, recycling, warranty, descaling, payment, loyalty, orders, boutiques.");
    }

    [Fact]
    public void Load_UnknownLanguage_SuggestsNothingButTheTwoLanguages()
    {
        _folder.Write(File, Entries.With("      en: You have 30 days.", "      en: You have 30 days.\n      de: Sie haben 30 Tage."));

        ProblemAssert.At(_folder.SingleProblem(), File, 13, 7, "entries[0].answer.de", "unknown field \"de\"");
    }
}
