using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Mapping;
using Microsoft.Extensions.Options;

namespace Majordome.Tests.Bot.Messenger.Mapping;

/// <summary>Maps the first event of a fixture with the test configuration.</summary>
internal static class MapperFixture
{
    public static readonly MessengerOptions Options = new()
    {
        AppId = MetaFixtures.AppId,
        AppSecret = MetaFixtures.AppSecret,
        GraphBaseUrl = new Uri("https://graph.example.test/"),
        Pages = { new MessengerPageOptions { PageId = MetaFixtures.PageId, AccessToken = "t", InstagramAccountId = MetaFixtures.InstagramId } },
    };

    public static InboundEvent Map(string fixture)
    {
        var body = MetaFixtures.Json(fixture);
        var channel = (string?)body["object"] == "instagram" ? MessengerChannels.Instagram : MessengerChannels.Facebook;
        var entry = body["entry"]![0]!;
        var standby = entry["messaging"] is null;
        return new MessengerEventMapper(Microsoft.Extensions.Options.Options.Create(Options))
            .Map(channel, JsonIds.Read(entry["id"])!, MetaFixtures.FirstEvent(fixture), standby);
    }
}
