using Microsoft.Bot.Connector;
using Microsoft.Rest;
using Newtonsoft.Json;

namespace Majordome.Bot.Adapters.Connector;

/// <summary>
/// A connector client built the first time a turn reaches for it (a reply sent to the channel's service URL); a turn
/// answered in its HTTP response never builds one. See <see cref="DeferredClientsAuthentication"/>.
/// </summary>
internal sealed class DeferredConnectorClient : IConnectorClient
{
    private readonly Lazy<IConnectorClient> _inner;

    public DeferredConnectorClient(Func<Task<IConnectorClient>> create)
    {
        // The Bot Framework's factory completes synchronously (it only assembles credentials and an HttpClient);
        // the interface's members are properties, so the first one to be read waits for it.
        _inner = new Lazy<IConnectorClient>(() => create().GetAwaiter().GetResult(), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    public Uri BaseUri
    {
        get => _inner.Value.BaseUri;
        set => _inner.Value.BaseUri = value;
    }

    public JsonSerializerSettings SerializationSettings => _inner.Value.SerializationSettings;

    public JsonSerializerSettings DeserializationSettings => _inner.Value.DeserializationSettings;

    public ServiceClientCredentials Credentials => _inner.Value.Credentials;

    public IAttachments Attachments => _inner.Value.Attachments;

    public IConversations Conversations => _inner.Value.Conversations;

    public void Dispose()
    {
        if (_inner.IsValueCreated)
        {
            _inner.Value.Dispose();
        }
    }
}
