using Microsoft.Extensions.Options;

namespace Majordome.Bot.Endpoints;

/// <summary>Says at start-up who /api/messages answers, so an operator sees an open door before anyone else does.</summary>
public sealed partial class MessagesEndpointStartupLog : IHostedService
{
    private readonly BotFrameworkCredentials _credentials;
    private readonly BotFrameworkEndpointOptions _options;
    private readonly ILogger<MessagesEndpointStartupLog> _logger;

    /// <summary>Creates the start-up log.</summary>
    public MessagesEndpointStartupLog(BotFrameworkCredentials credentials, IOptions<BotFrameworkEndpointOptions> options, ILogger<MessagesEndpointStartupLog> logger)
    {
        ArgumentNullException.ThrowIfNull(credentials);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _credentials = credentials;
        _options = options.Value;
        _logger = logger;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (_credentials.AreConfigured)
        {
            LogAuthenticated(_logger);
        }
        else if (_options.AllowUnauthenticatedRemote)
        {
            LogOpenToAll(_logger);
        }
        else
        {
            LogLoopbackOnly(_logger);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "/api/messages requires a Bot Framework token on every request (MicrosoftAppId is set)")]
    private static partial void LogAuthenticated(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages has no MicrosoftAppId and BotFramework:AllowUnauthenticatedRemote is true: it answers any caller, unauthenticated. Replies go only to loopback service URLs or those in BotFramework:AllowedServiceUrls")]
    private static partial void LogOpenToAll(ILogger logger);

    [LoggerMessage(Level = LogLevel.Warning, Message = "/api/messages has no MicrosoftAppId: it authenticates nobody, so it answers loopback callers only (the Emulator on this machine). Set MicrosoftAppId and MicrosoftAppPassword to take Azure Bot Service traffic")]
    private static partial void LogLoopbackOnly(ILogger logger);
}
