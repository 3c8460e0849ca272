namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// The HttpClients the Bot Framework SDK makes (connector, user-token and bot-to-bot clients), all from one named
/// client whose handler never follows redirects: a reply POSTed to a serviceUrl that answers 3xx would otherwise be
/// re-sent, body and credentials included, wherever the redirect points (internal addresses too).
/// </summary>
public sealed class ConnectorHttpClients : IHttpClientFactory
{
    /// <summary>The named client's name.</summary>
    public const string Name = "Majordome.BotFramework";

    private readonly IHttpClientFactory _factory;

    /// <summary>Hands out <see cref="Name"/> clients from <paramref name="factory"/>.</summary>
    public ConnectorHttpClients(IHttpClientFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        _factory = factory;
    }

    /// <summary>Registers the named client, with redirects off.</summary>
    public static void Register(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddHttpClient(Name).ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false });
    }

    /// <inheritdoc />
    /// <remarks>The SDK asks for the default name; every client it gets is the redirect-free one.</remarks>
    public HttpClient CreateClient(string name) => _factory.CreateClient(Name);
}
