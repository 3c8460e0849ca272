using System.Net;

namespace Majordome.Tests.Bot.Messenger.Webhook;

public sealed class HandshakeTests(MessengerHostFixture fixture) : IClassFixture<MessengerHostFixture>
{
    private readonly MessengerHost _host = fixture.Host;

    [Theory]
    [InlineData("hub.mode", "hub.verify_token", "hub.challenge")]
    [InlineData("hub_mode", "hub_verify_token", "hub_challenge")]
    public async Task Get_SubscribeWithTheToken_EchoesTheChallengeVerbatim(string mode, string token, string challenge)
    {
        var response = await _host.Client.GetAsync($"/api/messenger?{mode}=subscribe&{challenge}=1158201444%20x&{token}={MetaFixtures.VerifyToken}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("1158201444 x", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("hub.mode=subscribe&hub.challenge=42&hub.verify_token=wrong")]
    [InlineData("hub.mode=subscribe&hub.challenge=42&hub.verify_token=majordome-verify-toke")]
    [InlineData("hub.mode=unsubscribe&hub.challenge=42&hub.verify_token=majordome-verify-token")]
    [InlineData("hub.challenge=42&hub.verify_token=majordome-verify-token")]
    [InlineData("hub.mode=subscribe&hub.verify_token=majordome-verify-token")]
    [InlineData("hub.mode=subscribe&hub.challenge=42")]
    [InlineData("")]
    public async Task Get_AnythingElse_IsForbidden(string query)
    {
        var response = await _host.Client.GetAsync($"/api/messenger?{query}");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("42", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetAndPost_ChannelNotConfigured_AreNotFound()
    {
        using var host = new MessengerHost(settings: new() { ["Messenger:AppSecret"] = "" });

        var get = await host.Client.GetAsync($"/api/messenger?hub.mode=subscribe&hub.challenge=42&hub.verify_token={MetaFixtures.VerifyToken}");
        var post = await host.PostFixtureAsync("text_message.json");

        Assert.Equal(HttpStatusCode.NotFound, get.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }
}
