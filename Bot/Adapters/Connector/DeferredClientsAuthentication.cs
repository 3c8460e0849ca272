using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;

namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// The Bot Framework's authentication, with the clients it makes for every turn built only when a turn uses them.
/// CloudAdapter asks for a connector client and a user-token client at the start of each turn; each one's
/// construction reads assembly attributes and runs regular expressions over the user agent, about a tenth of a
/// Majordome turn. A turn with <c>expectReplies</c> (the replies go back in the HTTP response) needs neither.
/// Authentication itself is the inner one's, unchanged.
/// </summary>
public sealed class DeferredClientsAuthentication : DelegatingBotFrameworkAuthentication
{
    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public DeferredClientsAuthentication(BotFrameworkAuthentication inner)
        : base(inner)
    {
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Defer(await Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Defer(await Inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new DeferredConnectorFactory(Inner.CreateConnectorFactory(claimsIdentity));

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(ct => Inner.CreateUserTokenClientAsync(claimsIdentity, ct)));

    // CloudAdapter builds the turn's connector client from the factory the authentication result carries.
    private static AuthenticateRequestResult Defer(AuthenticateRequestResult result)
    {
        if (result.ConnectorFactory is { } factory and not DeferredConnectorFactory)
        {
            result.ConnectorFactory = new DeferredConnectorFactory(factory);
        }

        return result;
    }
}
