using Majordome.Bot.Content.Flows;
using Majordome.Bot.Messenger.Profile;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>A flow placed with menu: appears in the main menu, Messenger's persistent menu and ice breakers, and its entry starts it.</summary>
public sealed class FlowMenuPlacementTests : IDisposable
{
    private const string Gift = """
        id: gift-idea
        title: { fr: Idée cadeau, en: Gift idea }
        menu:
          order: 2
          show-in: [menu, persistent-menu, ice-breakers]
          ice-breaker: { fr: Une idée cadeau ?, en: Looking for a gift? }
        steps:
          - say: { fr: Cherchons le cadeau parfait., en: Let's find the perfect gift. }
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task MainMenu_OffersThePlacedFlowInItsOrder_AndItsButtonStartsIt()
    {
        var harness = new ConversationHarness(channelId: "webchat", flows: new FlowCatalog(Load()), database: TestBrand.NewDatabase());

        var menu = await harness.SendAsync("bonjour");
        var started = await harness.SendAsync("Idée cadeau");

        Assert.Equal(["Informations", "Acheter", "Idée cadeau", "Réserver une table", "English"], menu.SuggestedActions);
        Assert.Contains("Cherchons le cadeau parfait.", started.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MainMenu_WithoutPlacement_IsTheBuiltInMenu()
    {
        var harness = new ConversationHarness(channelId: "webchat", flows: new FlowCatalog([.. Load().Select(f => f with { Menu = null })]), database: TestBrand.NewDatabase());

        var menu = await harness.SendAsync("bonjour");

        Assert.Equal(["Informations", "Acheter", "Réserver une table", "English"], menu.SuggestedActions);
    }

    [Fact]
    public void MessengerProfile_PutsTheFlowInThePersistentMenuByOrder_AndItsIceBreakerFirst()
    {
        var profile = MessengerProfileBuilder.Build("Maison Tasse", "fr", Localizer.Default, Load());

        var menu = (JArray)profile["persistent_menu"]![2]!["call_to_actions"]!;
        Assert.Equal(["Information", "Shop", "Gift idea", "Book a table", "Talk to someone"], menu.Select(a => (string?)a["title"]));
        Assert.Equal("""{"action":"menu","choice":"gift-idea","lang":"en"}""", (string?)menu[2]["payload"]);
        var iceBreakers = (JArray)profile["ice_breakers"]![1]!["call_to_actions"]!;
        Assert.Equal(4, iceBreakers.Count);
        Assert.Equal("Une idée cadeau ?", (string?)iceBreakers[0]["question"]);
        Assert.Equal("""{"action":"menu","choice":"gift-idea","lang":"fr"}""", (string?)iceBreakers[0]["payload"]);
    }

    [Fact]
    public async Task PersistentMenuTap_StartsTheFlow()
    {
        var harness = new ConversationHarness(channelId: "webchat", flows: new FlowCatalog(Load()), database: TestBrand.NewDatabase());
        var payload = (string)MessengerProfileBuilder.Build("Maison Tasse", "fr", Localizer.Default, Load())["persistent_menu"]![1]!["call_to_actions"]![2]!["payload"]!;

        var replies = await harness.SendValueAsync(JObject.Parse(payload));

        Assert.Contains("Cherchons le cadeau parfait.", replies.Text, StringComparison.Ordinal);
    }

    private IReadOnlyList<FlowDefinition> Load()
    {
        var result = _folder.Write("gift.yaml", Gift).Load();
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        return result.Flows;
    }
}
