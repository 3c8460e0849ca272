using Majordome.Bot.Messenger.Profile;
using Majordome.Dialogs.Localization;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Profile;

/// <summary>The Page set-up: the profile's content and limits, idempotent sync, the 10-calls-per-10-minutes budget.</summary>
public sealed class MessengerProfileTests : IAsyncLifetime
{
    private MessengerRig _rig = null!;

    public async Task InitializeAsync() => _rig = await MessengerRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public void Build_HasGetStartedGreetingMenuAndIceBreakers_PerLocale_WithinLimits()
    {
        var profile = MessengerProfileBuilder.Build("Maison Tasse", "fr", Localizer.Default);
        Assert.Equal("""{"action":"getStarted"}""", (string?)profile["get_started"]!["payload"]);
        foreach (var field in new[] { "greeting", "persistent_menu", "ice_breakers" })
        {
            Assert.Equal(["default", "fr_FR", "en_US"], ((JArray)profile[field]!).Select(l => (string?)l["locale"]));
        }

        Assert.All((JArray)profile["greeting"]!, g => Assert.InRange(((string)g["text"]!).Length, 1, 160));
        Assert.Contains("Maison Tasse", (string?)profile["greeting"]![2]!["text"], StringComparison.Ordinal);
        var menu = (JArray)profile["persistent_menu"]![2]!["call_to_actions"]!;
        Assert.Equal(["Information", "Shop", "Book a table", "Talk to someone"], menu.Select(a => (string?)a["title"]));
        Assert.Equal("""{"action":"menu","choice":"shop","lang":"en"}""", (string?)menu[1]["payload"]);
        Assert.All(((JArray)profile["persistent_menu"]!).SelectMany(l => l["call_to_actions"]!), a => Assert.InRange(((string)a["title"]!).Length, 1, 30));
        Assert.All((JArray)profile["ice_breakers"]!, l => Assert.InRange(((JArray)l["call_to_actions"]!).Count, 1, 4));
        Assert.Equal("Quelles sont vos options de livraison ?", (string?)profile["ice_breakers"]![0]!["call_to_actions"]![0]!["question"]);
    }

    [Fact]
    public void Build_IceBreakersAskTheirQuestion_AndEveryTapCarriesItsLocalesLanguage()
    {
        var profile = MessengerProfileBuilder.Build("Maison Tasse", "en", Localizer.Default);

        foreach (var (locale, language) in new[] { ("default", "en"), ("fr_FR", "fr"), ("en_US", "en") })
        {
            var iceBreakers = ((JArray)profile["ice_breakers"]!).Single(l => (string?)l["locale"] == locale)["call_to_actions"]!;
            // Asking for a person names no intent: it goes the way the typed words do (the human command).
            Assert.Equal(["information", "shop", "book", null], iceBreakers.Select(i => (string?)JObject.Parse((string)i["payload"]!)["intent"]));
            Assert.All(iceBreakers, i =>
            {
                var payload = JObject.Parse((string)i["payload"]!);
                Assert.Equal(("ask", (string?)i["question"], language), ((string?)payload["action"], (string?)payload["text"], (string?)payload["lang"]));
            });
            var menu = ((JArray)profile["persistent_menu"]!).Single(l => (string?)l["locale"] == locale)["call_to_actions"]!;
            Assert.All(menu, m => Assert.Equal(language, (string?)JObject.Parse((string)m["payload"]!)["lang"]));
            Assert.All(menu.Concat(iceBreakers), m => Assert.InRange(((string)m["payload"]!).Length, 1, 1000));
        }
    }

    [Fact]
    public async Task Sync_FirstRunPosts_SecondRunOnlyReads()
    {
        var desired = MessengerProfileBuilder.Build("Maison Tasse", "fr", Localizer.Default);
        var sync = _rig.ProfileSync();
        Assert.True(await sync.SyncAsync(FakeGraphServer.PageId, desired));
        Assert.False(await sync.SyncAsync(FakeGraphServer.PageId, desired));
        Assert.Equal(["GET", "POST", "GET"], _rig.Graph.CallsTo("/me/messenger_profile").Select(c => c.Method));
        var posted = _rig.Graph.CallsTo("/me/messenger_profile")[1].Json!;
        Assert.True(JToken.DeepEquals(desired, posted));
        Assert.Contains("fields=get_started,greeting,persistent_menu,ice_breakers", _rig.Graph.Calls[0].Query, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Sync_OneFieldDiffers_PostsAgain()
    {
        var desired = MessengerProfileBuilder.Build("Maison Tasse", "fr", Localizer.Default);
        var stale = (JObject)desired.DeepClone();
        stale["greeting"]![0]!["text"] = "Ancien message";
        _rig.Graph.SetProfile(stale);
        Assert.True(await _rig.ProfileSync().SyncAsync(FakeGraphServer.PageId, desired));
        Assert.Equal(2, _rig.Graph.Calls.Count);
    }

    [Fact]
    public void Budget_TenCallsPerTenMinutes_TheEleventhIsRefused_UntilTheWindowMoves()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-07-01T10:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        var budget = new ProfileCallBudget(time);
        for (var i = 0; i < 10; i++)
        {
            budget.Take("page");
            time.Advance(TimeSpan.FromSeconds(10));
        }

        var error = Assert.Throws<InvalidOperationException>(() => budget.Take("page"));
        Assert.Contains("10 Messenger profile calls", error.Message, StringComparison.Ordinal);
        budget.Take("other-page");
        time.Advance(TimeSpan.FromMinutes(9));
        budget.Take("page");
    }

    [Fact]
    public async Task Command_NoPageConfigured_ExitsWithOneAndSaysWhatToSet()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>()).Build();
        using var output = new StringWriter();
        Assert.Equal(1, await MessengerProfileCommand.RunAsync(configuration, output));
        Assert.Contains("Messenger:Pages:0:PageId", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_AgainstTheFakeGraph_SetsTheProfile_ThenFindsItUpToDate()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messenger:GraphBaseUrl"] = _rig.Graph.BaseUrl.ToString(),
            ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
            ["Messenger:Pages:0:AccessToken"] = FakeGraphServer.PageToken,
            ["Brand:Name"] = "Maison Tasse",
        }).Build();
        using var first = new StringWriter();
        Assert.Equal(0, await MessengerProfileCommand.RunAsync(configuration, first));
        Assert.Contains("profile updated", first.ToString(), StringComparison.Ordinal);
        using var second = new StringWriter();
        Assert.Equal(0, await MessengerProfileCommand.RunAsync(configuration, second));
        Assert.Contains("already up to date", second.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain(FakeGraphServer.PageToken, first.ToString() + second, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Command_GraphRefusesTheToken_ExitsWithOne()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Messenger:GraphBaseUrl"] = _rig.Graph.BaseUrl.ToString(),
            ["Messenger:Pages:0:PageId"] = FakeGraphServer.PageId,
            ["Messenger:Pages:0:AccessToken"] = "wrong",
        }).Build();
        using var output = new StringWriter();
        Assert.Equal(1, await MessengerProfileCommand.RunAsync(configuration, output));
        Assert.Contains("code 190", output.ToString(), StringComparison.Ordinal);
    }
}
