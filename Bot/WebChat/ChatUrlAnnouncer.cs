using Majordome.Bot.DirectLine;
using Majordome.Bot.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace Majordome.Bot.WebChat;

/// <summary>
/// Once the server listens, says where to chat with the bot ("Chat with the bot at http://localhost:3978/"), so a
/// newcomer running <c>dotnet run --project Bot</c> knows what to open, whether the Direct Line secret was
/// made up for this run, and that the bot's public address is not configured.
/// </summary>
public sealed partial class ChatUrlAnnouncer : IHostedService
{
    private readonly IHostApplicationLifetime _lifetime;
    private readonly IServer _server;
    private readonly IOptions<DirectLineOptions> _options;
    private readonly ILogger<ChatUrlAnnouncer> _logger;
    private readonly IOptions<PublicUrlOptions>? _publicUrl;

    /// <summary>Creates the service.</summary>
    public ChatUrlAnnouncer(IHostApplicationLifetime lifetime, IServer server, IOptions<DirectLineOptions> options, ILogger<ChatUrlAnnouncer> logger, IOptions<PublicUrlOptions>? publicUrl = null)
    {
        ArgumentNullException.ThrowIfNull(lifetime);
        ArgumentNullException.ThrowIfNull(server);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _lifetime = lifetime;
        _server = server;
        _options = options;
        _logger = logger;
        _publicUrl = publicUrl;
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _lifetime.ApplicationStarted.Register(Announce);
        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Announce()
    {
        if (_options.Value.SecretGenerated)
        {
            LogSecretGenerated();
        }

        if (_publicUrl is not null && _publicUrl.Value.BaseUri is null)
        {
            LogNoPublicUrl();
        }

        var addresses = _server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        foreach (var address in addresses)
        {
            LogChatUrl(address.TrimEnd('/') + "/");
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Chat with the bot at {Url}")]
    private partial void LogChatUrl(string url);

    [LoggerMessage(Level = LogLevel.Information, Message = "No Public:BaseUrl is configured: Direct Line stream URLs use the address each connection arrived on (right on localhost), and Messenger shows no catalogue pictures of the bot's own. Behind a proxy or with Messenger, set Public__BaseUrl to the https address visitors use.")]
    private partial void LogNoPublicUrl();

    [LoggerMessage(Level = LogLevel.Information, Message = "No DirectLine:Secret is configured: the chat page works with a random secret made up for this run, and /v3/directline/tokens/generate is unusable. Set DirectLine__Secret for a site's server to generate tokens.")]
    private partial void LogSecretGenerated();
}
