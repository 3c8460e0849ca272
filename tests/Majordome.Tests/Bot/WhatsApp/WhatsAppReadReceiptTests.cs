namespace Majordome.Tests.Bot.WhatsApp;

/// <summary>
/// The read receipt with the typing indicator (<c>status: read</c>, <c>typing_indicator</c>) costs one Cloud API call:
/// it goes out for a reply slower than <c>WhatsApp:TypingDelay</c> (Meta recommends the indicator for a reply that takes
/// a few seconds), not for one that follows at once (issue 16: fewer calls per turn in a campaign burst); with a zero
/// delay every message is marked read before its turn. Counted on the fake Graph server behind the real host.
/// </summary>
public sealed class WhatsAppReadReceiptTests
{
    [Fact]
    public async Task EveryCustomerMessage_WithZeroDelay_IsMarkedReadWithTheTypingIndicator()
    {
        await using var rig = await WhatsAppRig.StartAsync(settings: new Dictionary<string, string?> { ["WhatsApp:TypingDelay"] = "00:00:00" });

        await rig.SayAsync("bonjour");

        var read = Assert.Single(rig.Graph.Calls, c => (string?)c.Json?["status"] == "read");
        Assert.StartsWith("wamid.test", (string?)read.Json!["message_id"], StringComparison.Ordinal);
        Assert.Equal("text", (string?)read.Json!["typing_indicator"]?["type"]);
    }

    [Theory]
    [InlineData("bonjour", "Réserver une table")]
    [InlineData("hello", "Book a table")]
    public async Task ReplyThatFollowsAtOnce_MakesNoReadCall_OnlyTheReply(string greeting, string choice)
    {
        // Ten seconds: a loaded test machine must not make these replies "slow".
        await using var rig = await WhatsAppRig.StartAsync(settings: new Dictionary<string, string?> { ["WhatsApp:TypingDelay"] = "00:00:10" });

        var replies = await rig.SayAsync(greeting);

        Assert.Contains(choice, WhatsAppRig.Choices(replies));
        var calls = rig.Graph.Calls.Where(c => c.Path.EndsWith("/messages", StringComparison.Ordinal)).Select(c => c.Json!).ToList();
        Assert.DoesNotContain(calls, c => (string?)c["status"] == "read");
        Assert.Equal(replies.Count, calls.Count);
    }
}
