using Majordome.Bot.Anticipation;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.State;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>WhatsApp's rules through the real sender and the fake Graph server: free-form in the 24-hour window, an approved template outside it, nothing else.</summary>
public sealed class WhatsAppProactiveTests : IAsyncLifetime
{
    private const string WaId = "33612345678";
    private AnticipationRig _rig = null!;

    public async Task InitializeAsync() => _rig = await AnticipationRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private static ProactiveAddress To { get; } = new(
        $"whatsapp/{FakeGraphServer.WhatsAppNumberId}-{WaId}", "whatsapp", $"{FakeGraphServer.WhatsAppNumberId}-{WaId}", $"{FakeGraphServer.WhatsAppNumberId}-{WaId}", null, "fr-FR", null);

    [Fact]
    public async Task InsideWindow_SentFreeForm()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility, new ProactiveTemplate("booking_reminder", "fr", ["15h"])));
        var services = _rig.Instance();
        await new SqlMessagingWindow(_rig.Database).RecordCustomerActivityAsync(new MessengerThread("whatsapp", FakeGraphServer.WhatsAppNumberId, WaId), _rig.Clock.GetUtcNow(), CancellationToken.None);
        await services.GetRequiredService<IProactiveScheduler>().ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.BookingReminder, To, _rig.Clock.GetUtcNow(), "{}", null));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        var sent = Assert.Single(_rig.Graph.WhatsAppAccepted);
        Assert.Equal("text", (string?)sent["type"]);
        Assert.Equal(WaId, (string?)sent["to"]);
    }

    [Fact]
    public async Task OutsideWindow_SentAsTheApprovedTemplate()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility, new ProactiveTemplate("booking_reminder", "fr", ["15h"])));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await jobs.ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.BookingReminder, To, _rig.Clock.GetUtcNow(), "{}", null));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        var sent = Assert.Single(_rig.Graph.WhatsAppAccepted);
        Assert.Equal("template", (string?)sent["type"]);
        Assert.Equal("booking_reminder", (string?)sent["template"]?["name"]);
        Assert.Equal("15h", (string?)sent.SelectToken("template.components[0].parameters[0].text"));
        Assert.Equal(ProactiveOutcomes.SentAsTemplate, Assert.Single(await jobs.ListForCustomerAsync(To.CustomerKey)).Outcome);
    }

    [Fact]
    public async Task OutsideWindow_TemplateNotApproved_DroppedWithoutCallingMeta()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.OrderUpdate, ProactiveCategory.Utility, new ProactiveTemplate("order_shipped", "fr", [])));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await jobs.ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.OrderUpdate, To, _rig.Clock.GetUtcNow(), "{}", null));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        Assert.Empty(_rig.Graph.WhatsAppMessages);
        Assert.Equal(ProactiveOutcomes.OutsideWindow, Assert.Single(await jobs.ListForCustomerAsync(To.CustomerKey)).Outcome);
    }
}
