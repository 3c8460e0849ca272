using System.Security.Claims;
using Majordome.Bot.Adapters.Connector;
using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Moq;

namespace Majordome.Tests.Bot.Adapters;

public sealed class DeferredClientsAuthenticationTests
{
    [Fact]
    public async Task The_connector_client_is_built_when_first_used_not_when_the_turn_starts()
    {
        var built = 0;
        var client = new Mock<IConnectorClient>();
        client.SetupGet(c => c.Conversations).Returns(new Mock<IConversations>().Object);
        var factory = new CountingFactory(() =>
        {
            built++;
            return client.Object;
        });
        var inner = new Mock<BotFrameworkAuthentication>();
        inner.Setup(a => a.AuthenticateRequestAsync(It.IsAny<Activity>(), It.IsAny<string>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AuthenticateRequestResult { ClaimsIdentity = new ClaimsIdentity(), ConnectorFactory = factory });
        var authentication = new DeferredClientsAuthentication(inner.Object);

        var result = await authentication.AuthenticateRequestAsync(new Activity(), string.Empty, CancellationToken.None);
        using var turnClient = await result.ConnectorFactory.CreateAsync("http://127.0.0.1:1/", "audience", CancellationToken.None);

        Assert.Equal(0, built);
        Assert.NotNull(turnClient.Conversations);
        Assert.Equal(1, built);
        _ = turnClient.Conversations;
        Assert.Equal(1, built);
    }

    [Fact]
    public async Task The_user_token_client_is_built_on_its_first_call()
    {
        var built = 0;
        var tokens = new Mock<UserTokenClient>();
        tokens.Setup(t => t.GetTokenStatusAsync("u", "c", "f", It.IsAny<CancellationToken>())).ReturnsAsync([]);
        var inner = new Mock<BotFrameworkAuthentication>();
        inner.Setup(a => a.CreateUserTokenClientAsync(It.IsAny<ClaimsIdentity>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(() =>
            {
                built++;
                return tokens.Object;
            });
        var authentication = new DeferredClientsAuthentication(inner.Object);

        using var client = await authentication.CreateUserTokenClientAsync(new ClaimsIdentity(), CancellationToken.None);
        Assert.Equal(0, built);

        Assert.Empty(await client.GetTokenStatusAsync("u", "c", "f", CancellationToken.None));
        Assert.Equal(1, built);
    }

    private sealed class CountingFactory(Func<IConnectorClient> create) : ConnectorFactory
    {
        public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
            Task.FromResult(create());
    }
}
