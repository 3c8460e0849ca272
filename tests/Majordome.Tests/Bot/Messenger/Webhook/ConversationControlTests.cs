using System.Text;
using System.Text.RegularExpressions;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Mapping;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;
using static Majordome.Tests.Bot.Messenger.WebhookBodies;

namespace Majordome.Tests.Bot.Messenger.Webhook;

/// <summary>
/// Echoes and handovers decide who answers a thread; the bot never talks over a person. The tests share a host:
/// each one plays the fixtures as a customer of its own (its own ids and mids).
/// </summary>
public sealed partial class ConversationControlTests(MessengerHostFixture fixture) : IClassFixture<MessengerHostFixture>
{
    private readonly MessengerHost _host = fixture.Host;
    private readonly string _customer = Random.Shared.NextInt64(1_000_000_000_000_000, 9_000_000_000_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture);
    private readonly string _suffix = Guid.NewGuid().ToString("N")[..8];

    private MessengerThread Thread => new("facebook", MetaFixtures.PageId, _customer);

    private IMessengerConversationControl Control => _host.Services.GetRequiredService<IMessengerConversationControl>();

    private IReadOnlyList<Activity> MyTurns => _host.Runner.Activities.Where(a => a.From.Id == _customer).ToList();

    [Fact]
    public async Task Post_EchoFromThePageInbox_HoldsTheConversation()
    {
        await PostAsync("standby_echo_from_inbox.json");
        await PostAsync("text_message.json");

        // The bot itself stays silent in a held conversation (it reads the hold with the conversation's state; see
        // MessengerEndToEndTests.Human_...): the inbox no longer asks a second time before running the turn.
        Assert.True(await Control.IsPausedAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task Post_PassThreadControlToOurApp_ResumesTheBot()
    {
        await PostAsync("handover_take_thread_control.json");
        Assert.True(await Control.IsPausedAsync(Thread, CancellationToken.None));

        await PostAsync("handover_pass_thread_control.json");
        await PostAsync("text_message.json");

        Assert.False(await Control.IsPausedAsync(Thread, CancellationToken.None));
        Assert.Equal("Hi, do you ship to Canada?", Assert.Single(MyTurns).Text);
    }

    [Fact]
    public async Task Post_PassThreadControlToAnotherApp_PausesTheBot()
    {
        await PostAsync("handover_pass_thread_control.json", body => body.Replace("\"new_owner_app_id\": \"948372615204837\"", "\"new_owner_app_id\": 263902037430900", StringComparison.Ordinal));

        Assert.True(await Control.IsPausedAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task Post_OurOwnEcho_IsNeitherAnsweredNorPausing()
    {
        await PostAsync("message_echo_text.json");
        await PostAsync("message_echo_template.json");

        Assert.False(await Control.IsPausedAsync(Thread, CancellationToken.None));
        Assert.Empty(MyTurns);
        var window = _host.Services.GetRequiredService<IMessagingWindow>();
        Assert.Null(await window.LastCustomerActivityAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task Post_RequestThreadControlAppRolesAndPolicy_AreLoggedNotAnswered()
    {
        var before = _host.Runner.Activities.Count;

        await PostAsync("handover_request_thread_control.json");
        await PostAsync("handover_app_roles.json", body => body.Replace("1781190000000", "1781190000" + Random.Shared.Next(100, 999), StringComparison.Ordinal));
        await PostAsync("policy_enforcement.json", body => body.Replace("\"warning\"", $"\"warning {_suffix}\"", StringComparison.Ordinal));

        Assert.False(await Control.IsPausedAsync(Thread, CancellationToken.None));
        Assert.Empty(MyTurns);
        Assert.Equal(before, _host.Runner.Activities.Count);
    }

    [Fact]
    public async Task Post_CustomerActions_RecordTheMessagingWindowAtTheLatestEvent()
    {
        var window = _host.Services.GetRequiredService<IMessagingWindow>();
        await _host.PostAsync(Body("page", Entry(MetaFixtures.PageId, new JArray(
            TextEvent($"m_late_{_suffix}", "late", 1781190005000, sender: _customer),
            TextEvent($"m_early_{_suffix}", "early", 1781190001000, sender: _customer)))));
        await _host.DrainAsync();

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1781190005000), await window.LastCustomerActivityAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task Post_ReadsAndDeliveries_AreRecordedButNotAnswered()
    {
        var read = await PostAsync("message_reads.json");
        await PostAsync("message_deliveries.json");

        Assert.Empty(MyTurns);
        var stored = JObject.Parse(Encoding.UTF8.GetString(read))["entry"]![0]!["messaging"]![0]!;
        Assert.NotNull(await _host.Inbox.FindBodyAsync(EventIdentity.DedupeKey("facebook", MetaFixtures.PageId, false, (JObject)stored)));
    }

    [Fact]
    public async Task Post_ReactionsPostbacksReferralsOptIns_RunTurns()
    {
        foreach (var fixture in new[] { "message_reactions_react.json", "postback.json", "referral_mme_link.json", "optin_send_to_messenger_plugin.json" })
        {
            await PostAsync(fixture);
        }

        Assert.Equal(["messageReaction", "message", "event", "event"], MyTurns.Select(a => a.Type));
        Assert.Equal("newsletter_june", (string?)((JObject)MyTurns[2].Value)["ref"]);
    }

    [Fact]
    public async Task Post_InstagramUnsent_PurgesTheStoredTextAndIsNotAnswered()
    {
        await PostAsync("instagram_text_message.json");
        var mid = Assert.Single(MyTurns).Id;
        var key = $"instagram/{MetaFixtures.InstagramId}/mid:{mid}";
        Assert.Contains("Do you have this in blue?", await _host.Inbox.FindBodyAsync(key), StringComparison.Ordinal);

        await PostAsync("Extra/instagram_deleted.json");

        Assert.DoesNotContain("blue", await _host.Inbox.FindBodyAsync(key), StringComparison.Ordinal);
        Assert.Single(MyTurns);
    }

    /// <summary>Posts a fixture as this test's customer (its ids and mids made unique), waits until it is processed, returns the bytes.</summary>
    private async Task<byte[]> PostAsync(string fixture, Func<string, string>? edit = null)
    {
        var text = Encoding.UTF8.GetString(MetaFixtures.Bytes(fixture))
            .Replace(MetaFixtures.Customer, _customer, StringComparison.Ordinal)
            .Replace(MetaFixtures.InstagramCustomer, _customer, StringComparison.Ordinal);
        text = Mids().Replace(text, m => $"\"{m.Groups[1].Value}_{_suffix}\"");
        var body = Encoding.UTF8.GetBytes(edit?.Invoke(text) ?? text);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await _host.PostAsync(body)).StatusCode);
        await _host.DrainAsync();
        return body;
    }

    [GeneratedRegex("\"((?:m_|aWdf)[A-Za-z0-9_]+)\"")]
    private static partial Regex Mids();
}
