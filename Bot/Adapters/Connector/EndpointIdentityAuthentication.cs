using System.Security.Claims;
using Microsoft.Bot.Connector.Authentication;
using Microsoft.Bot.Schema;
using Microsoft.IdentityModel.Tokens;

namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// The Bot Framework's authentication of /api/messages, with two rules of Majordome's: a refused token is a
/// <see cref="BotTokenRejectedException"/> whatever the validator threw (the SDK lets signature and lifetime errors
/// escape as 500s), and an activity claiming a channel another endpoint owns (<see cref="ChannelsOwnedElsewhere"/>)
/// is accepted only with a token the Bot Connector service signed, never anonymously or with an Emulator token.
/// When the signing keys cannot be fetched, that is a <see cref="BotConnectorKeysUnavailableException"/>.
/// </summary>
public sealed class EndpointIdentityAuthentication : DelegatingBotFrameworkAuthentication
{
    // The JWT "iss" claim, as the validated token's claims carry it.
    private const string IssuerClaim = "iss";

    // IdentityModel's diagnostic id for "Unable to obtain configuration from" the OpenID metadata address.
    private const string MetadataUnavailable = "IDX20803:";

    private readonly string _botConnectorIssuer;

    /// <summary>Wraps <paramref name="inner"/>; <paramref name="botConnectorIssuer"/> is the issuer of the Bot Connector's tokens.</summary>
    public EndpointIdentityAuthentication(BotFrameworkAuthentication inner, string botConnectorIssuer)
        : base(inner)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(botConnectorIssuer);
        _botConnectorIssuer = botConnectorIssuer;
    }

    /// <inheritdoc />
    public override async Task<AuthenticateRequestResult> AuthenticateRequestAsync(Activity activity, string authHeader, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        AuthenticateRequestResult result;
        try
        {
            result = await Inner.AuthenticateRequestAsync(activity, authHeader, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is UnauthorizedAccessException or SecurityTokenException or SecurityTokenArgumentException)
        {
            throw new BotTokenRejectedException(Describe(ex, authHeader), ex);
        }
        catch (InvalidOperationException ex) when (ex.Message.StartsWith(MetadataUnavailable, StringComparison.Ordinal))
        {
            throw new BotConnectorKeysUnavailableException($"The Bot Framework signing keys could not be fetched: {Innermost(ex).Message}", ex);
        }

        if (ChannelsOwnedElsewhere.Contains(activity.ChannelId) && !IsFromBotConnector(result.ClaimsIdentity))
        {
            throw new ChannelNotAuthenticatedException(
                $"Customers of channel \"{activity.ChannelId}\" are authenticated by their own endpoint, not by /api/messages: only the Bot Connector service may send this channel here.");
        }

        return result;
    }

    // The SDK validated the token's issuer and signature against the Bot Connector's keys when it carries this issuer.
    private bool IsFromBotConnector(ClaimsIdentity? identity) =>
        identity is { IsAuthenticated: true }
        && identity.Claims.Any(c => c.Type == IssuerClaim && c.Value == _botConnectorIssuer);

    private static string Describe(Exception ex, string? authHeader) => string.IsNullOrWhiteSpace(authHeader)
        ? "The request has no Bot Framework token, and this bot has a MicrosoftAppId: every request must carry one."
        : $"The Bot Framework token was refused ({ex.GetType().Name}): {FirstLine(ex.Message)}";

    private static Exception Innermost(Exception ex) => ex.InnerException is { } inner ? Innermost(inner) : ex;

    private static string FirstLine(string message)
    {
        var end = message.IndexOfAny(['\r', '\n']);
        return end < 0 ? message : message[..end];
    }
}
