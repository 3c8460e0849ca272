using Majordome.Dialogs.Understanding;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Understanding;

public sealed class IntentExampleReaderTests
{
    [Fact]
    public void ReadYaml_FlowsWithExamplesPerLanguage_GivesOneExamplePerLine()
    {
        const string yaml = """
            intents:
              - id: book
                examples:
                  fr: [réserver une table, une dégustation samedi]
                  en:
                    - book a table
              - id: none
                examples:
                  en: [tell me a joke]
            """;

        var examples = IntentExampleReader.ReadYaml(new StringReader(yaml), "test.yaml");

        Assert.Equal(
            [new("réserver une table", "book", "fr"), new("une dégustation samedi", "book", "fr"), new("book a table", "book", "en"), new IntentExample("tell me a joke", "none", "en")],
            examples);
    }

    [Theory]
    [InlineData("flows: []", "test.yaml:1: expected a top-level 'intents:'")]
    [InlineData("intents:\n  - examples:\n      fr: [a]", "test.yaml:2: each intent needs an 'id'")]
    [InlineData("intents:\n  - id: book\n    examples:\n      de: [Tisch]", "test.yaml:4: intent 'book': examples are listed under 'fr' or 'en'")]
    [InlineData("intents: [", "test.yaml:")]
    public void ReadYaml_WrongShape_SaysWhere(string yaml, string expected)
    {
        var error = Assert.Throws<FormatException>(() => IntentExampleReader.ReadYaml(new StringReader(yaml), "test.yaml"));

        Assert.StartsWith(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadTsv_Lines_GiveExamplesAndSkipCommentsAndBlanks()
    {
        const string tsv = "# text\tintent\tlanguage\n\nwhere is my order\torders\ten\nbonjour\tnone\n";

        var examples = IntentExampleReader.ReadTsv(new StringReader(tsv), "test.tsv");

        Assert.Equal([new("where is my order", "orders", "en"), new IntentExample("bonjour", "none", null)], examples);
    }

    [Fact]
    public void ReadTsv_LineWithoutIntent_GivesItsNumber()
    {
        var error = Assert.Throws<FormatException>(() => IntentExampleReader.ReadTsv(new StringReader("ok\tshop\tfr\nno intent here\n"), "test.tsv"));

        Assert.StartsWith("test.tsv:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShippedFiles_EveryBuiltInFlowHasExamplesInBothLanguages_AndTheHeldOutSetIsSeparate()
    {
        var training = IntentExampleReader.ReadFile(Path.Combine(RepositoryRoot.BrandDirectory, "intents.yaml"));
        var heldOut = IntentExampleReader.ReadFile(Path.Combine(RepositoryRoot.Path, "bench", "Majordome.Bench.Understanding", "data", "heldout.tsv"));

        foreach (var intent in new[] { Intents.Information, Intents.Shop, Intents.Book, Intents.MyBookings, Intents.Orders, Intents.Human, Intents.None })
        {
            Assert.Contains(training, e => e.Intent == intent && e.Language == "fr");
            Assert.Contains(training, e => e.Intent == intent && e.Language == "en");
        }

        Assert.True(heldOut.Count >= 300, $"the held-out set has {heldOut.Count} messages");
        Assert.True(heldOut.Count(e => e.Intent == Intents.None) >= 60);
        var trainingTexts = training.Select(e => Key(e.Text)).ToHashSet();
        Assert.DoesNotContain(heldOut, e => trainingTexts.Contains(Key(e.Text)));

        static string Key(string text) => string.Join(' ', Majordome.Dialogs.Recognition.TextNormalizer.Tokenize(text));
    }
}
