using System.Globalization;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.Inbox;
using Majordome.Bot.WhatsApp;
using Majordome.Bot.WhatsApp.Mapping;
using Majordome.Tests.Bot.Messenger.FakeGraph;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.WhatsApp;

/// <summary>
/// A WhatsApp inbox event run again after its first run died mid-send (the real host, its SQLite journal, the fake
/// Graph on loopback): the replies Graph accepted the first time are not sent again, the others are.
/// </summary>
public sealed class WhatsAppEventRepliesTests : IAsyncLifetime
{
    private const string Customer = "14155550188";

    private WhatsAppRig _rig = null!;

    public async Task InitializeAsync() => _rig = await WhatsAppRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task EventRunAgain_AfterDyingOnItsSecondReply_DoesNotResendTheFirst()
    {
        // The customer said hello first (the first message of a conversation is answered with the menu).
        await _rig.SayAsync("hello", Customer);
        var before = _rig.Graph.WhatsAppAccepted.Count;
        var inbound = Inbound("where can I recycle my used capsules?");
        var window = _rig.Services.GetRequiredService<IMessagingWindow>();
        await window.RecordCustomerActivityAsync(inbound.Thread.AsWindowKey(), inbound.Timestamp, CancellationToken.None);
        var adapter = _rig.Services.GetRequiredService<WhatsAppAdapter>();
        var source = new InboxTurn(900_001, "whatsapp:" + inbound.MessageId);

        // First run: the second reply reaches Meta, and the process dies before Meta answers.
        using var dying = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var seen = 0;
        _rig.Graph.BeforeWhatsAppAccept = async (_, aborted) =>
        {
            if (Interlocked.Increment(ref seen) == 2)
            {
                held.TrySetResult();
                await Task.Delay(Timeout.Infinite, aborted);
            }
        };
        var first = adapter.RunTurnAsync(inbound, source, dying.Token);
        await Task.WhenAny(held.Task, first).WaitAsync(TimeSpan.FromSeconds(30));
        Assert.False(first.IsCompleted, $"the first run ended after {seen} message(s): {first.Exception?.GetBaseException().Message} "
            + string.Join(" / ", _rig.Graph.WhatsAppAccepted.Select(m => m.ToString(Formatting.None))));
        await dying.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var sentFirst = _rig.Graph.WhatsAppAccepted.Skip(before).ToList();
        Assert.Single(sentFirst);

        // The event runs again, as the inbox takes it back after the crash.
        _rig.Graph.BeforeWhatsAppAccept = null;
        await adapter.RunTurnAsync(inbound, source, CancellationToken.None);

        var sent = _rig.Graph.WhatsAppAccepted.Skip(before).Select(m => m.ToString(Formatting.None)).ToList();
        Assert.True(sent.Count >= 2, string.Join(" / ", sent));
        Assert.True(sent.Count == sent.Distinct(StringComparer.Ordinal).Count(), "a reply went out twice: " + string.Join(" / ", sent));
        Assert.Equal(sentFirst[0].ToString(Formatting.None), sent[0]);
        Assert.Contains("Did this answer help?", sent[^1], StringComparison.Ordinal);
    }

    private static WhatsAppInbound Inbound(string text)
    {
        var now = DateTimeOffset.UtcNow;
        var body = new JObject
        {
            ["kind"] = "message",
            ["contact"] = new JObject { ["profile"] = new JObject { ["name"] = "Ana Silva" }, ["wa_id"] = Customer },
            ["message"] = new JObject
            {
                ["from"] = Customer,
                ["id"] = "wamid.rerun1",
                ["timestamp"] = now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
                ["type"] = "text",
                ["text"] = new JObject { ["body"] = text },
            },
        };
        return WhatsAppMessageMapper.Map(FakeGraphServer.WhatsAppNumberId, body, now);
    }
}
