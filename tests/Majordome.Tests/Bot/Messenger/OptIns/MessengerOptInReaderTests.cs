using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.OptIns;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Messenger.OptIns;

public sealed class MessengerOptInReaderTests
{
    private static readonly MessengerThread Thread = new("facebook", MetaFixtures.PageId, MetaFixtures.Customer);
    private static readonly DateTimeOffset At = DateTimeOffset.FromUnixTimeMilliseconds(1_781_190_000_000);

    private static JObject OptIn(string fixture) => (JObject)MetaFixtures.FirstEvent(fixture)["optin"]!;

    [Fact]
    public void Read_MarketingMessages_KeepsTokenTopicFrequencyZoneExpiryAndStatus()
    {
        var read = MessengerOptInReader.Read(Thread, OptIn("optin_marketing_messages.json"), At);

        Assert.Equal(new MessengerOptIn(Thread, MessengerOptInKind.MarketingMessages, "6728094371562983401", "WEEKLY_DEALS_OPTIN", "Weekly deals", "WEEKLY",
            "Europe/Lisbon", DateTimeOffset.FromUnixTimeMilliseconds(1_804_950_000_000), true, "NOT_REFRESHED", At), read);
    }

    [Fact]
    public void Read_LegacyOneTimeNotification_ExpiresAYearAfterTheOptIn()
    {
        var read = MessengerOptInReader.Read(Thread, OptIn("optin_one_time_notification_legacy.json"), At);

        Assert.Equal(new MessengerOptIn(Thread, MessengerOptInKind.OneTimeNotification, "5423987160938475612", "BACK_IN_STOCK:SKU-RJ42-M", null, null, null,
            At.AddDays(365), true, null, At), read);
    }

    [Theory]
    [InlineData("STOP NOTIFICATIONS", false)]
    [InlineData("RESUME NOTIFICATIONS", true)]
    public void Read_MarketingStatus_StopDeactivates_ResumeReactivates(string status, bool active)
    {
        var optin = OptIn("optin_marketing_messages.json");
        optin["notification_messages_status"] = status;

        Assert.Equal(active, MessengerOptInReader.Read(Thread, optin, At)!.Active);
    }

    [Theory]
    [InlineData("optin_send_to_messenger_plugin.json")]
    [InlineData("Extra/optin_checkbox_plugin.json")]
    public void Read_PluginOptIn_HasNoTokenToStore(string fixture) =>
        Assert.Null(MessengerOptInReader.Read(Thread, OptIn(fixture), At));
}
