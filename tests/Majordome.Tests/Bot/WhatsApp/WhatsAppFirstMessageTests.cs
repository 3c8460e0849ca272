namespace Majordome.Tests.Bot.WhatsApp;

/// <summary>
/// A customer's very first WhatsApp message is often the question itself ("where can I recycle my capsules?"). On a
/// production host (intent model trained at start-up, in the background) over the real HTTP path (/api/whatsapp,
/// signed, the inbox, the fake Graph server), it is answered after the greeting rather than met with the menu alone,
/// also when it arrives while the model is still training (just after a restart, when the inbox also holds the
/// messages that came during the downtime): the inbox waits for the instance to be ready before answering.
/// </summary>
public sealed class WhatsAppFirstMessageTests : IAsyncLifetime
{
    private WhatsAppRig _rig = null!;

    public async Task InitializeAsync() => _rig = await WhatsAppRig.StartAsync(trained: true);

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    [Fact]
    public async Task FirstMessage_AQuestionInEnglish_SentRightAfterStart_IsAnswered()
    {
        var answer = await _rig.SayAsync("where can I recycle my used capsules?");

        var texts = WhatsAppRig.Texts(answer);
        Assert.Contains("Bring your used capsules to any of our boutiques", texts, StringComparison.Ordinal);
        Assert.DoesNotContain("Book a table", WhatsAppRig.Choices(answer));
    }

    [Fact]
    public async Task FirstMessage_AQuestionInFrench_SentRightAfterStart_IsAnswered()
    {
        var answer = await _rig.SayAsync("combien coûte la livraison ?");

        Assert.Contains("4,90", WhatsAppRig.Texts(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstMessage_AQuestionOnceTheHostIsReady_IsAnswered()
    {
        await _rig.WaitReadyAsync();

        var answer = await _rig.SayAsync("where can I recycle my used capsules?");

        Assert.Contains("Bring your used capsules to any of our boutiques", WhatsAppRig.Texts(answer), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FirstMessage_ABookingRequest_SentRightAfterStart_StartsTheBooking()
    {
        var answer = await _rig.SayAsync("I'd like a table in Lyon for 2 on Saturday at 3pm");

        Assert.Contains("What name should I book under?", WhatsAppRig.Texts(answer), StringComparison.Ordinal);
    }
}
