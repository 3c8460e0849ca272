using Majordome.Bot.Messenger;
using Microsoft.Extensions.DependencyInjection;
using static Majordome.Tests.Bot.Messenger.WebhookBodies;

namespace Majordome.Tests.Bot.Messenger.Webhook;

/// <summary>Echoes and handovers decide who answers a thread; the bot never talks over a person.</summary>
public sealed class ConversationControlTests : IDisposable
{
    private static readonly MessengerThread Thread = new("facebook", MetaFixtures.PageId, MetaFixtures.Customer);
    private readonly MessengerHost _host = new();

    public void Dispose() => _host.Dispose();

    private IMessengerConversationControl Control => _host.Services.GetRequiredService<IMessengerConversationControl>();

    [Fact]
    public async Task Post_EchoFromThePageInbox_PausesTheThreadAndTheNextMessageIsNotAnswered()
    {
        await _host.PostFixtureAsync("standby_echo_from_inbox.json");
        await _host.DrainAsync();
        await _host.PostFixtureAsync("text_message.json");
        await _host.DrainAsync();

        Assert.True(await Control.IsPausedAsync(Thread, CancellationToken.None));
        Assert.Empty(_host.Runner.Activities);
    }

    [Fact]
    public async Task Post_PassThreadControlToOurApp_ResumesTheBot()
    {
        await _host.PostFixtureAsync("handover_take_thread_control.json");
        await _host.DrainAsync();
        Assert.True(await Control.IsPausedAsync(Thread, CancellationToken.None));

        await _host.PostFixtureAsync("handover_pass_thread_control.json");
        await _host.DrainAsync();
        await _host.PostFixtureAsync("text_message.json");
        var turns = await _host.WaitForTurnsAsync(1);

        Assert.False(await Control.IsPausedAsync(Thread, CancellationToken.None));
        Assert.Equal("Hi, do you ship to Canada?", Assert.Single(turns).Text);
    }

    [Fact]
    public async Task Post_PassThreadControlToAnotherApp_PausesTheBot()
    {
        var body = System.Text.Encoding.UTF8.GetString(MetaFixtures.Bytes("handover_pass_thread_control.json"))
            .Replace("\"new_owner_app_id\": \"948372615204837\"", "\"new_owner_app_id\": 263902037430900", StringComparison.Ordinal);

        await _host.PostAsync(System.Text.Encoding.UTF8.GetBytes(body));
        await _host.DrainAsync();

        Assert.True(await Control.IsPausedAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task Post_OurOwnEcho_IsNeitherAnsweredNorPausing()
    {
        await _host.PostFixtureAsync("message_echo_text.json");
        await _host.PostFixtureAsync("message_echo_template.json");
        await _host.DrainAsync();

        Assert.False(await Control.IsPausedAsync(Thread, CancellationToken.None));
        Assert.Empty(_host.Runner.Activities);
        var window = _host.Services.GetRequiredService<IMessagingWindow>();
        Assert.Null(await window.LastCustomerActivityAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task Post_RequestThreadControlAppRolesAndPolicy_AreLoggedNotAnswered()
    {
        await _host.PostFixtureAsync("handover_request_thread_control.json");
        await _host.PostFixtureAsync("handover_app_roles.json");
        await _host.PostFixtureAsync("policy_enforcement.json");
        await _host.DrainAsync();

        Assert.False(await Control.IsPausedAsync(Thread, CancellationToken.None));
        Assert.Empty(_host.Runner.Activities);
    }

    [Fact]
    public async Task Post_CustomerActions_RecordTheMessagingWindowAtTheLatestEvent()
    {
        var window = _host.Services.GetRequiredService<IMessagingWindow>();
        await _host.PostAsync(Body("page", Entry(MetaFixtures.PageId, new Newtonsoft.Json.Linq.JArray(TextEvent("m_late", "late", 1781190005000), TextEvent("m_early", "early", 1781190001000)))));
        await _host.DrainAsync();

        Assert.Equal(DateTimeOffset.FromUnixTimeMilliseconds(1781190005000), await window.LastCustomerActivityAsync(Thread, CancellationToken.None));
    }

    [Fact]
    public async Task Post_ReadsAndDeliveries_AreRecordedButNotAnswered()
    {
        await _host.PostFixtureAsync("message_reads.json");
        await _host.PostFixtureAsync("message_deliveries.json");
        await _host.PostFixtureAsync("instagram_messaging_seen.json");
        await _host.DrainAsync();

        Assert.Empty(_host.Runner.Activities);
        Assert.NotNull(await _host.Inbox.FindBodyAsync($"facebook/{MetaFixtures.PageId}/sha256:" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(
            System.Text.Encoding.UTF8.GetBytes("messaging|" + MetaFixtures.FirstEvent("message_reads.json").ToString(Newtonsoft.Json.Formatting.None))))));
    }

    [Fact]
    public async Task Post_ReactionsPostbacksReferralsOptIns_RunTurns()
    {
        foreach (var fixture in new[] { "message_reactions_react.json", "postback.json", "referral_mme_link.json", "optin_send_to_messenger_plugin.json" })
        {
            await _host.PostFixtureAsync(fixture);
            await _host.DrainAsync();
        }

        Assert.Equal(["messageReaction", "message", "event", "event"], _host.Runner.Activities.Select(a => a.Type));
    }

    [Fact]
    public async Task Post_InstagramUnsent_PurgesTheStoredTextAndIsNotAnswered()
    {
        await _host.PostFixtureAsync("instagram_text_message.json");
        await _host.WaitForTurnsAsync(1);
        var key = $"instagram/{MetaFixtures.InstagramId}/mid:aWdfZAG1faXRlbToxOklHTWVzc2FnZAUlEOjE3ODQxNDA1ODIyMzA0OTE0OjM0MDI4MjM2NjkyMDkzODQ2MzQ2MzM3NDYwNzQzMTc2ODIxMTQ1NjozMjE0NTY3ODkwMTIzNDU2Nzg5";
        Assert.Contains("Do you have this in blue?", await _host.Inbox.FindBodyAsync(key), StringComparison.Ordinal);

        await _host.PostFixtureAsync("Extra/instagram_deleted.json");
        await _host.DrainAsync();

        Assert.DoesNotContain("blue", await _host.Inbox.FindBodyAsync(key), StringComparison.Ordinal);
        Assert.Single(_host.Runner.Activities);
    }
}
