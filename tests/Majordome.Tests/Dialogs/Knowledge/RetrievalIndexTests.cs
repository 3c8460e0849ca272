using Majordome.Dialogs.Knowledge;

namespace Majordome.Tests.Dialogs.Knowledge;

public class RetrievalIndexTests
{
    private static readonly RetrievalIndex French = new(
    [
        new("delivery", ["Quels sont les délais de livraison ?", "Quand vais-je recevoir ma commande ?"], "Nous livrons en 2 à 4 jours ouvrés en France métropolitaine."),
        new("returns", ["Comment retourner un produit ?", "Puis-je être remboursé ?"], "Vous disposez de 30 jours pour nous renvoyer un article non ouvert ; le remboursement intervient sous 14 jours."),
        new("recycling", ["Comment recycler mes capsules ?"], "Rapportez vos capsules usagées en boutique, nous les recyclons."),
        new("descaling", ["Comment détartrer ma machine ?", "Ma machine coule lentement"], "Détartrez votre machine tous les 3 mois avec notre kit."),
        new("warranty", ["Quelle est la garantie des machines ?"], "Nos machines sont garanties 2 ans, pièces et main-d'œuvre."),
    ], "fr");

    private static readonly RetrievalIndex English = new(
    [
        new("delivery", ["How long does delivery take?", "When will I receive my order?"], "We deliver within 2 to 4 working days in mainland France."),
        new("returns", ["How do I return a product?", "Can I get a refund?"], "You have 30 days to send back an unopened item; refunds are made within 14 days."),
        new("recycling", ["How do I recycle my capsules?"], "Bring your used capsules back to a boutique and we recycle them."),
    ], "en");

    [Theory]
    [InlineData("livraison", "delivery")]
    [InlineData("vous livrez en combien de temps ?", "delivery")]
    [InlineData("je veux être remboursé", "returns")]
    [InlineData("remboursement", "returns")]
    [InlineData("recyclage des capsules", "recycling")]
    [InlineData("detartrage machine", "descaling")]
    [InlineData("ma machine coule lentement", "descaling")]
    [InlineData("garanties", "warranty")]
    [InlineData("livriason", "delivery")]
    public void Search_French_FindsTheRightAnswerWithStemsAccentsAndTypos(string query, string expected)
    {
        var hits = French.Search(query);

        Assert.NotEmpty(hits);
        Assert.Equal(expected, hits[0].Id);
        Assert.True(hits[0].Confidence >= 0.5, $"confidence {hits[0].Confidence}");
    }

    [Theory]
    [InlineData("delivery times", "delivery")]
    [InlineData("when will my order be delivered", "delivery")]
    [InlineData("I want a refund", "returns")]
    [InlineData("refunded", "returns")]
    [InlineData("recycling capsules", "recycling")]
    public void Search_English_FindsTheRightAnswer(string query, string expected)
    {
        var hits = English.Search(query);

        Assert.Equal(expected, hits[0].Id);
        Assert.True(hits[0].Confidence >= 0.5, $"confidence {hits[0].Confidence}");
    }

    [Theory]
    [InlineData("quelle est la capitale du Pérou")]
    [InlineData("avez-vous un parking pour les vélos ?")]
    [InlineData("je voudrais un poste de développeur")]
    public void Search_OutOfScope_HasLowConfidence(string query)
    {
        var hits = French.Search(query);

        Assert.True(hits.Count == 0 || hits[0].Confidence < 0.5, $"{hits.FirstOrDefault()}");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("le la les")]
    [InlineData(null)]
    public void Search_NothingMeaningful_ReturnsNothing(string? query)
    {
        Assert.Empty(French.Search(query));
    }

    [Theory]
    [InlineData("livraison", "livr")]
    [InlineData("livrer", "livr")]
    [InlineData("livrez", "livr")]
    [InlineData("rembourse", "rembours")]
    [InlineData("remboursement", "rembours")]
    [InlineData("capsules", "capsul")]
    [InlineData("ouverture", "ouvr")]
    [InlineData("ouvrez", "ouvr")]
    [InlineData("rendre", "rend")]
    [InlineData("rends", "rend")]
    public void Stem_French_ConflatesFamilies(string word, string stem)
    {
        Assert.Equal(stem, LightStemmer.Stem(word, "fr"));
    }

    [Theory]
    [InlineData("delivery", "deliver")]
    [InlineData("delivered", "deliver")]
    [InlineData("refunds", "refund")]
    [InlineData("recycling", "recycl")]
    [InlineData("shipping", "ship")]
    [InlineData("stopped", "stop")]
    [InlineData("missing", "miss")]
    public void Stem_English_ConflatesFamilies(string word, string stem)
    {
        Assert.Equal(stem, LightStemmer.Stem(word, "en"));
    }
}
