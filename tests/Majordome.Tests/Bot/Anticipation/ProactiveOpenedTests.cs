using System.Globalization;
using Majordome.Bot.Anticipation;
using Majordome.Bot.Hosting;
using Majordome.Bot.Messenger;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Flows;
using Majordome.Tests.Bot.Messenger.Conversations;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Majordome.Tests.Bot.WhatsApp;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// "Opened" in the analytics report, end to end on the real host: a message the assistant wrote first is sent through
/// the fake Graph server, the platform's read signal comes back as a signed webhook over loopback (a Messenger read
/// watermark, a WhatsApp read status), and the analytics command counts it. Web Chat tells nothing: "not told".
/// </summary>
public sealed class ProactiveOpenedTests
{
    private const string VisitKind = "test-visit";
    private const string Reminder = "Bonjour, votre Arpeggio vous attend";
    private const string WaId = "33698765432";

    // Quiet hours and pace have their own tests; here they would make the test depend on the hour it runs at.
    private static readonly Dictionary<string, string?> Settings = new()
    {
        ["Proactive:QuietHoursStart"] = "09:00",
        ["Proactive:QuietHoursEnd"] = "09:00",
        ["Proactive:PacePeriod"] = "00:00:00",
    };

    private static string Payload => new FlowMessagePayload("test", null, Reminder, "Hello, your Arpeggio awaits").ToJson();

    [Fact]
    public async Task Messenger_ReadWatermarkAfterTheSend_CountsOpened_AnEarlierOneDoesNot_WebChatNotTold()
    {
        await using var host = await MessengerChannelHost.StartAsync(Settings, s => s.AddSingleton<IProactiveMessageComposer>(new TestComposer(VisitKind, ProactiveCategory.Utility)));
        var services = host.Host.Services;
        var thread = new MessengerThread(MessengerChannels.Facebook, FakeGraphServer.PageId, MessengerChannelHost.Psid);
        var start = DateTimeOffset.UtcNow;
        await services.GetRequiredService<IMessagingWindow>().RecordCustomerActivityAsync(thread, start, CancellationToken.None);
        var to = new ProactiveAddress($"facebook/{thread.UserId}", thread.ChannelId, thread.UserId, thread.ConversationId, null, "fr-FR", null);
        var visitor = new ProactiveAddress("webchat/visitor-opened", "webchat", "visitor-opened", "conv-opened", null, "fr-FR", null);
        var scheduler = services.GetRequiredService<IProactiveScheduler>();
        await scheduler.ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.FlowMessage, to, start.AddSeconds(-1), Payload, null));
        await scheduler.ScheduleAsync(new ProactiveJobRequest(VisitKind, visitor, start.AddSeconds(-1), "{}", null));
        await SentAsync(services, to.CustomerKey);
        Assert.Contains(host.Graph.SentMessages, m => (string?)m["message"]?["text"] == Reminder);
        Assert.NotEmpty(await services.GetRequiredService<IProactiveGreeting>().TakeDueAsync(visitor.CustomerKey, CultureInfo.GetCultureInfo("fr-FR")));

        // The customer read the thread up to a message before the reminder: it was not opened.
        await host.PostAsync("page", FakeGraphServer.PageId, Read(thread, watermark: start.AddMinutes(-5)));
        var before = Opened(await ReportAsync(services));
        await host.PostAsync("page", FakeGraphServer.PageId, Read(thread, watermark: DateTimeOffset.UtcNow.AddSeconds(1)));
        var after = Opened(await ReportAsync(services));

        Assert.Matches(@"\n\s+flow-message\s+1\s+0\s+0 %", before);
        Assert.Matches(@"\n\s+test-visit\s+1\s+not told", before);
        Assert.Matches(@"\n\s+flow-message\s+1\s+1\s+100 %", after);
        Assert.Matches(@"\n\s+test-visit\s+1\s+not told", after);
    }

    [Fact]
    public async Task WhatsApp_ReadStatusOfTheRemindersMessage_CountsOpened_AnotherMessagesDoesNot()
    {
        await using var rig = await WhatsAppRig.StartAsync(settings: Settings);
        await rig.SayAsync("bonjour", WaId);
        var services = rig.Services;
        var user = $"{FakeGraphServer.WhatsAppNumberId}-{WaId}";
        var to = new ProactiveAddress($"whatsapp/{user}", "whatsapp", user, user, null, "fr-FR", null);
        await services.GetRequiredService<IProactiveConsents>().GrantAsync(to.CustomerKey, ProactiveCategory.Marketing, "Oui, prévenez-moi", DateTimeOffset.UtcNow);
        await services.GetRequiredService<IProactiveScheduler>().ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.FlowMessage, to, DateTimeOffset.UtcNow.AddSeconds(-1), Payload, null));
        await SentAsync(services, to.CustomerKey);

        // The fake numbers the messages it accepts in order: wamid.fake1 is the greeting's, the reminder's is its own.
        var accepted = rig.Graph.WhatsAppAccepted.ToList();
        var reminder = accepted.FindIndex(m => (string?)m["text"]?["body"] == Reminder);
        Assert.True(reminder > 0, WhatsAppRig.Texts(accepted));
        await rig.PostValueAsync(ReadStatus("wamid.fake1"));
        var before = Opened(await ReportAsync(services));
        await rig.PostValueAsync(ReadStatus($"wamid.fake{reminder + 1}"));
        var after = Opened(await ReportAsync(services));

        Assert.Matches(@"\n\s+flow-message\s+1\s+0\s+0 %", before);
        Assert.Matches(@"\n\s+flow-message\s+1\s+1\s+100 %", after);
    }

    /// <summary>Sweeps until the customer's job is sent (the host's own worker may be the one that sends it).</summary>
    private static async Task SentAsync(IServiceProvider services, string customerKey)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!(await services.GetRequiredService<IProactiveScheduler>().ListForCustomerAsync(customerKey)).Any(j => j.Status == ProactiveJobStatus.Sent))
        {
            Assert.True(DateTime.UtcNow < deadline, "the job was not sent within 20 s");
            await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();
            await Task.Delay(50);
        }
    }

    private static JObject Read(MessengerThread thread, DateTimeOffset watermark) => new()
    {
        ["sender"] = new JObject { ["id"] = thread.UserId },
        ["recipient"] = new JObject { ["id"] = thread.AccountId },
        ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
        ["read"] = new JObject { ["watermark"] = watermark.ToUnixTimeMilliseconds() },
    };

    private static JObject ReadStatus(string messageId) => new()
    {
        ["messaging_product"] = "whatsapp",
        ["metadata"] = new JObject { ["display_phone_number"] = "15550123456", ["phone_number_id"] = FakeGraphServer.WhatsAppNumberId },
        ["statuses"] = new JArray(new JObject
        {
            ["id"] = messageId,
            ["status"] = "read",
            ["timestamp"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
            ["recipient_id"] = WaId,
        }),
    };

    /// <summary>The analytics command's text, on the host's own database.</summary>
    private static async Task<string> ReportAsync(IServiceProvider services)
    {
        using var output = new StringWriter();
        Assert.Equal(0, await AnalyticsCommand.RunAsync(["analytics"], services.GetRequiredService<IConfiguration>(), output));
        return output.ToString();
    }

    /// <summary>The report's section about opened messages.</summary>
    private static string Opened(string report)
    {
        var start = report.IndexOf("Reminders opened", StringComparison.Ordinal);
        Assert.True(start >= 0, report);
        return report[start..];
    }
}
