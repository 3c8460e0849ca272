using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>A choice question's variable shows its option's title in texts, and compares by its value in expressions.</summary>
public sealed class FlowChoiceTitlesTests : IDisposable
{
    private const string Flow = """
        id: tea
        title: { fr: Thé, en: Tea }
        triggers:
          keywords: [thé, tea]
        steps:
          - ask: choice
            var: flavour
            prompt: { fr: Quel parfum ?, en: Which flavour? }
            options:
              - { value: green, title: { fr: Thé vert, en: Green tea } }
              - { value: black, title: { fr: Thé noir, en: Black tea } }
          - ask: text
            var: name
            prompt: { fr: "{flavour}, très bien. Votre prénom ?", en: "{flavour}, fine. Your name?" }
          - if: flavour == "green"
            then:
              - say: { fr: "Merci {name} : {flavour} (vert).", en: "Thanks {name}: {flavour} (green)." }
            else:
              - say: { fr: "Merci {name} : {flavour} (pas vert).", en: "Thanks {name}: {flavour} (not green)." }
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private FlowCatalog Catalog()
    {
        var result = _folder.Write("tea.yaml", Flow).Load();
        Assert.Empty(result.Problems);
        return new FlowCatalog(result.Flows);
    }

    [Theory]
    [InlineData("fr-FR", "bonjour", "thé", "Thé vert", "Thé vert, très bien. Votre prénom ?", "Merci Zoé : Thé vert (vert).")]
    [InlineData("en-US", "hello", "tea", "Green tea", "Green tea, fine. Your name?", "Thanks Zoé: Green tea (green).")]
    public async Task Say_ChoiceVariable_ShowsTheTitleInTheCustomersLanguageAndComparesTheValue(
        string locale, string hello, string keyword, string answer, string question, string thanks)
    {
        var harness = new ConversationHarness(locale: locale, flows: Catalog());
        await harness.SendAsync(hello);
        await harness.SendAsync(keyword);

        var next = await harness.SendAsync(answer);
        var end = await harness.SendAsync("Zoé");

        Assert.Contains(question, next.Text, StringComparison.Ordinal);
        Assert.Contains(thanks, end.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void ForDisplay_ChoiceValue_BecomesItsTitleOthersUnchanged()
    {
        var titles = new FlowChoiceTitles(
        [
            new IfStep(FlowExpression.Parse("true"),
                [new AskStep(AskKind.Choice, "size", new LocalizedText("Taille ?", "Size?"), null, null, null, [new FlowOption("s", new LocalizedText("Petit", "Small"))])],
                []),
        ]);
        var values = new Dictionary<string, object?> { ["size"] = "s", ["other"] = "s", ["count"] = 2m };

        var shown = titles.ForDisplay(values, "en");

        Assert.Equal("Small", shown["size"]);
        Assert.Equal("s", shown["other"]);
        Assert.Equal(2m, shown["count"]);
        Assert.Equal("Petit", titles.ForDisplay(values, "fr")["size"]);
    }
}
