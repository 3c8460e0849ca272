using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.OptIns;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.Conversations;

/// <summary>Marketing-messages and one-time-notification opt-ins through the webhook: stored, never answered.</summary>
public sealed class MessengerOptInEndToEndTests : IAsyncLifetime
{
    private static readonly MessengerThread Thread = new(MessengerChannels.Facebook, FakeGraphServer.PageId, MessengerChannelHost.Psid);
    private MessengerChannelHost _host = null!;

    public async Task InitializeAsync() => _host = await MessengerChannelHost.StartAsync();

    public async Task DisposeAsync() => await _host.DisposeAsync();

    [Fact]
    public async Task MarketingOptIn_ThenStop_AreStored_AndNothingIsSent()
    {
        var optin = (JObject)MetaFixtures.FirstEvent("optin_marketing_messages.json")["optin"]!;

        var replies = await _host.PostAsync("page", FakeGraphServer.PageId, _host.Event(MessengerChannelHost.Psid, FakeGraphServer.PageId, "optin", optin));
        Assert.Empty(replies);
        var stored = Assert.Single(await Store().ForCustomerAsync(Thread));
        Assert.Equal(("6728094371562983401", "WEEKLY", true), (stored.Token, stored.Frequency, stored.Active));

        var stop = new JObject
        {
            ["type"] = "notification_messages",
            ["notification_messages_token"] = "6728094371562983401",
            ["notification_messages_status"] = "STOP NOTIFICATIONS",
        };
        Assert.Empty(await _host.PostAsync("page", FakeGraphServer.PageId, _host.Event(MessengerChannelHost.Psid, FakeGraphServer.PageId, "optin", stop)));

        Assert.False(Assert.Single(await Store().ForCustomerAsync(Thread)).Active);
    }

    [Fact]
    public async Task OneTimeNotificationOptIn_IsStored()
    {
        var optin = (JObject)MetaFixtures.FirstEvent("optin_one_time_notification_legacy.json")["optin"]!;

        await _host.PostAsync("page", FakeGraphServer.PageId, _host.Event(MessengerChannelHost.Psid, FakeGraphServer.PageId, "optin", optin));

        var stored = Assert.Single(await Store().ForCustomerAsync(Thread));
        Assert.Equal((MessengerOptInKind.OneTimeNotification, "BACK_IN_STOCK:SKU-RJ42-M"), (stored.Kind, stored.Topic));
    }

    private SqlMessengerOptIns Store() => _host.Host.Services.GetRequiredService<SqlMessengerOptIns>();
}
