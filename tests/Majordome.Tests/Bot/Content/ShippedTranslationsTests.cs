using Majordome.Bot.Content;
using Majordome.Dialogs.Content;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Bot.Content;

/// <summary>
/// Every text of the shipped content a customer reads exists in French and in English, and sentences are
/// really translated rather than copied (names and single words such as "caramel" may be the same).
/// </summary>
public sealed class ShippedTranslationsTests
{
    private static BrandContent Content => ShippedBrand.Content;

    public static TheoryData<string, string, string> Texts()
    {
        var data = new TheoryData<string, string, string>();
        void Add(string where, LocalizedText text) => data.Add(where, text.Fr, text.En);
        foreach (var p in Content.Products)
        {
            Add($"{p.Sku} name", p.Name);
            Add($"{p.Sku} description", p.Description);
            foreach (var note in p.Capsule?.AromaNotes ?? [])
            {
                Add($"{p.Sku} aroma note", note);
            }

            foreach (var colour in p.Machine?.Colours ?? [])
            {
                Add($"{p.Sku} colour", colour);
            }
        }

        foreach (var e in Content.Faq)
        {
            Add($"{e.Id} question", e.Question);
            Add($"{e.Id} answer", e.Answer);
        }

        foreach (var c in Content.Boutiques.SelectMany(b => b.Closures))
        {
            Add($"closure {c.Date}", c.Reason);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void ShippedText_IsWrittenInFrenchAndEnglish(string where, string fr, string en)
    {
        Assert.False(string.IsNullOrWhiteSpace(fr), $"{where}: French missing");
        Assert.False(string.IsNullOrWhiteSpace(en), $"{where}: English missing");
        if (fr.Contains(' ', StringComparison.Ordinal) && fr.Length > 30)
        {
            Assert.NotEqual(fr, en);
        }
    }

    [Fact]
    public void FaqAlternatives_EveryEntry_HasPhrasingsInBothLanguages()
    {
        Assert.All(Content.Faq, e =>
        {
            Assert.NotEmpty(e.Alternatives.Fr);
            Assert.NotEmpty(e.Alternatives.En);
            Assert.All(e.Alternatives.Fr.Concat(e.Alternatives.En), a => Assert.False(string.IsNullOrWhiteSpace(a)));
        });
    }
}
