using Microsoft.Bot.Connector;
using Microsoft.Bot.Connector.Authentication;

namespace Majordome.Bot.Adapters.Connector;

/// <summary>A connector factory whose clients are built on first use (see <see cref="DeferredClientsAuthentication"/>).</summary>
internal sealed class DeferredConnectorFactory : ConnectorFactory
{
    private readonly ConnectorFactory _inner;

    public DeferredConnectorFactory(ConnectorFactory inner)
    {
        _inner = inner;
    }

    public override Task<IConnectorClient> CreateAsync(string serviceUrl, string audience, CancellationToken cancellationToken) =>
        Task.FromResult<IConnectorClient>(new DeferredConnectorClient(() => _inner.CreateAsync(serviceUrl, audience, CancellationToken.None)));
}
