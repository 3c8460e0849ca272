using System.Net.Http.Headers;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.Messenger.Webhook;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Messenger;

/// <summary>The real host with the Messenger channel configured for the fixtures and a recording bot runner, over real HTTP.</summary>
internal sealed class MessengerHost : IDisposable
{
    private readonly BotApplicationFactory _factory;

    public MessengerHost(RecordingBotRunner? runner = null, string? dataDirectory = null, Dictionary<string, string?>? settings = null)
    {
        Runner = runner ?? new RecordingBotRunner();
        var all = MetaFixtures.Settings(dataDirectory);
        foreach (var (key, value) in settings ?? [])
        {
            all[key] = value;
        }

        _factory = new BotApplicationFactory(all, services => services.AddSingleton<IMessengerBotRunner>(Runner));
        Client = _factory.CreateClient();
    }

    public RecordingBotRunner Runner { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _factory.Services;

    public MessengerInbox Inbox => Services.GetRequiredService<MessengerInbox>();

    /// <summary>Posts <paramref name="body"/> signed with the test app secret (or with <paramref name="signature"/> when given).</summary>
    public Task<HttpResponseMessage> PostAsync(byte[] body, string? signature = null, bool sign = true)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        var request = new HttpRequestMessage(HttpMethod.Post, MessengerWebhookEndpoints.Path) { Content = content };
        if (sign)
        {
            request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, signature ?? WebhookSignature.Compute(body, MetaFixtures.AppSecret));
        }

        return Client.SendAsync(request);
    }

    public Task<HttpResponseMessage> PostFixtureAsync(string name) => PostAsync(MetaFixtures.Bytes(name));

    /// <summary>Waits until every stored event has been processed.</summary>
    public async Task DrainAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (await Inbox.CountPendingAsync() > 0)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The Messenger inbox still has pending events after 20 s.");
            }

            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the runner has recorded <paramref name="count"/> activities.</summary>
    public async Task<IReadOnlyList<Microsoft.Bot.Schema.Activity>> WaitForTurnsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (Runner.Activities.Count < count)
        {
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Expected {count} turns, saw {Runner.Activities.Count}.");
            }

            await Task.Delay(20);
        }

        return Runner.Activities;
    }

    /// <summary>Waits until the runner has recorded the activity whose id is <paramref name="mid"/>.</summary>
    public async Task<Microsoft.Bot.Schema.Activity> WaitForTurnAsync(string mid)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            if (Runner.Activities.FirstOrDefault(a => a.Id == mid) is { } found)
            {
                return found;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No turn for {mid}.");
            }

            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
        Client.Dispose();
        _factory.Dispose();
    }
}
