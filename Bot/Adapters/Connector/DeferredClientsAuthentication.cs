using System.Security.Claims;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Skills;
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
public sealed class DeferredClientsAuthentication : BotFrameworkAuthentication
{
    private readonly BotFrameworkAuthentication _inner;

    /// <summary>Wraps <paramref name="inner"/>.</summary>
    public DeferredClientsAuthentication(BotFrameworkAuthentication inner)
    {
        ArgumentNullException.ThrowIfNull(inner);
        _inner = inner;
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken) =>
        Defer(await _inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateStreamingRequestAsync(string authHeader, string channelIdHeader, CancellationToken cancellationToken) =>
        Defer(await _inner.AuthenticateStreamingRequestAsync(authHeader, channelIdHeader, cancellationToken).ConfigureAwait(false));

    /// <inheritdoc />
    public override ConnectorFactory CreateConnectorFactory(ClaimsIdentity claimsIdentity) =>
        new DeferredConnectorFactory(_inner.CreateConnectorFactory(claimsIdentity));

    /// <inheritdoc />
    public override Task<UserTokenClient> CreateUserTokenClientAsync(ClaimsIdentity claimsIdentity, CancellationToken cancellationToken) =>
        Task.FromResult<UserTokenClient>(new DeferredUserTokenClient(ct => _inner.CreateUserTokenClientAsync(claimsIdentity, ct)));

    /// <inheritdoc />
    public override BotFrameworkClient CreateBotFrameworkClient() => _inner.CreateBotFrameworkClient();

    /// <inheritdoc />
    public override string GetOriginatingAudience() => _inner.GetOriginatingAudience();

    /// <inheritdoc />
    public override Task<ClaimsIdentity> AuthenticateChannelRequestAsync(string authHeader, CancellationToken cancellationToken) =>
        _inner.AuthenticateChannelRequestAsync(authHeader, cancellationToken);

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
