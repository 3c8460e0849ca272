using Majordome.Bot.Anticipation;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.State;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Anticipation.BackInStock;

/// <summary>
/// The consent of a back-in-stock message on WhatsApp, through the production rules, the real sender and the fake
/// Graph server: the customer's own "notify me" lets this one offer through without a general marketing opt-in; an
/// offer they did not ask for still needs one; a stop, the window and the templates still hold; nothing is forced.
/// </summary>
public sealed class BackInStockConsentTests : IAsyncLifetime
{
    private const string WaId = "33698765432";
    private AnticipationRig _rig = null!;

    public async Task InitializeAsync() => _rig = await AnticipationRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private static ProactiveAddress To { get; } = new(
        $"whatsapp/{FakeGraphServer.WhatsAppNumberId}-{WaId}", "whatsapp", $"{FakeGraphServer.WhatsAppNumberId}-{WaId}", $"{FakeGraphServer.WhatsAppNumberId}-{WaId}", null, "fr-FR", null);

    private async Task<ProactiveJob> SendOneAsync(bool askedFor, bool insideWindow = true, bool stopped = false)
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BackInStock, ProactiveCategory.Marketing, new ProactiveTemplate("back_in_stock", "fr", ["Minuit"]), askedFor));
        var services = _rig.Instance();
        if (insideWindow)
        {
            await new SqlMessagingWindow(_rig.Database).RecordCustomerActivityAsync(new MessengerThread("whatsapp", FakeGraphServer.WhatsAppNumberId, WaId), _rig.Clock.GetUtcNow(), CancellationToken.None);
        }

        if (stopped)
        {
            await services.GetRequiredService<IProactiveConsents>().StopAllAsync(To.CustomerKey, _rig.Clock.GetUtcNow());
        }

        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await jobs.ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.BackInStock, To, _rig.Clock.GetUtcNow(), """{"sku":"CAP-MINUIT"}""", null));
        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();
        return Assert.Single(await jobs.ListForCustomerAsync(To.CustomerKey));
    }

    [Fact]
    public async Task AskedForByTheCustomer_InsideTheWindow_SentWithoutAMarketingOptIn()
    {
        var job = await SendOneAsync(askedFor: true);

        Assert.Equal((ProactiveJobStatus.Sent, ProactiveOutcomes.Sent), (job.Status, job.Outcome));
        Assert.Equal("text", (string?)Assert.Single(_rig.Graph.WhatsAppAccepted)["type"]);
    }

    [Fact]
    public async Task NotAskedFor_InsideTheWindow_DroppedForWantOfConsent()
    {
        var job = await SendOneAsync(askedFor: false);

        Assert.Equal((ProactiveJobStatus.Dropped, ProactiveOutcomes.NoConsent), (job.Status, job.Outcome));
        Assert.Empty(_rig.Graph.WhatsAppMessages);
    }

    [Fact]
    public async Task AskedFor_ButTheCustomerSaidStop_NotSent()
    {
        var job = await SendOneAsync(askedFor: true, stopped: true);

        Assert.NotEqual(ProactiveJobStatus.Sent, job.Status);
        Assert.Empty(_rig.Graph.WhatsAppMessages);
    }

    [Fact]
    public async Task AskedFor_OutsideTheWindow_WithoutAnApprovedTemplate_DroppedNeverForced()
    {
        var job = await SendOneAsync(askedFor: true, insideWindow: false);

        Assert.Equal((ProactiveJobStatus.Dropped, ProactiveOutcomes.OutsideWindow), (job.Status, job.Outcome));
        Assert.Empty(_rig.Graph.WhatsAppMessages);
    }
}
