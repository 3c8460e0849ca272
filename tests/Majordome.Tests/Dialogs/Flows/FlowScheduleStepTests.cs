using Majordome.Bot.Content.Flows;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Dialogs.Anticipation;
using Majordome.Tests.Harness;
using Moq;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>The schedule step run through the real bot: one job of the flow-message kind, due when the step says, and the flow goes on.</summary>
public sealed class FlowScheduleStepTests : IDisposable
{
    private const string Steps = """
          - ask: date-time
            var: birthday
            prompt: { fr: Votre date de naissance ?, en: Your date of birth? }
          - schedule:
              flow: gift
              anniversary: birthday
              say: { fr: "Joyeux anniversaire ! (né le {birthday})", en: "Happy birthday! (born {birthday})" }
          - say: { fr: C'est noté., en: Noted. }
        """;

    private readonly TempFlowFolder _folder = new();
    private readonly FakeTimeProvider _time = new(ConversationHarness.DefaultNow);
    private readonly InMemoryProactiveScheduler _scheduler;

    public FlowScheduleStepTests() => _scheduler = new InMemoryProactiveScheduler(_time);

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Schedule_Anniversary_AddsOneFlowMessageDueOnTheNextBirthdayAtTen_AndTheFlowGoesOn()
    {
        var harness = Start(withScheduler: true);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var replies = await harness.SendAsync("14 mars 1990");

        Assert.StartsWith("C'est noté.", replies.Text, StringComparison.Ordinal);
        var job = Assert.Single(_scheduler.All);
        Assert.Equal(ProactiveKinds.FlowMessage, job.Request.Kind);
        Assert.Equal(new DateTimeOffset(2027, 3, 14, 9, 0, 0, TimeSpan.Zero), job.Request.DueAt);
        Assert.Equal(("test/user-1", "fr-FR", "Europe/Paris"), (job.Request.To.CustomerKey, job.Request.To.Locale, job.Request.To.TimeZone));
        var payload = FlowMessagePayload.Of(job)!;
        Assert.Equal(("test-flow", "gift", "Joyeux anniversaire ! (né le 14 mars 1990)", "Happy birthday! (born 14 March 1990)"), (payload.Origin, payload.Flow, payload.Fr, payload.En));
        Assert.Equal("flow:test/user-1:test-flow:steps[1]:schedule:2027-03-14", job.Request.OnceKey);
    }

    [Fact]
    public async Task Schedule_FlowRunTwiceTheSameDay_SchedulesOnce()
    {
        var harness = Start(withScheduler: true);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");
        await harness.SendAsync("14 mars 1990");
        _time.Advance(TimeSpan.FromMinutes(10));
        await harness.SendAsync("TEST_FLOW");

        await harness.SendAsync("14 mars 1990");

        Assert.Single(_scheduler.All);
    }

    [Fact]
    public async Task Schedule_WithoutAScheduler_TheFlowGoesOnAndSaysNothingOfIt()
    {
        var harness = Start(withScheduler: false);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var replies = await harness.SendAsync("14 mars 1990");

        Assert.StartsWith("C'est noté.", replies.Text, StringComparison.Ordinal);
        Assert.Empty(_scheduler.All);
    }

    [Fact]
    public async Task Unschedule_TakesBackThisCustomersPendingMessageOfThatStep()
    {
        var harness = Start(withScheduler: true, """
              - id: reminder
                schedule: { say: { fr: "Alors, ce café ?", en: "So, that coffee?" }, after: 2w }
              - ask: text
                var: opinion
                prompt: { fr: Votre avis ?, en: Your opinion? }
              - unschedule: reminder
              - say: { fr: Merci !, en: Thanks! }
            """);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");
        var scheduled = Assert.Single(_scheduler.All);
        var other = await _scheduler.ScheduleAsync(scheduled.Request with { OnceKey = "flow:test/user-1:other-flow:reminder:2026-12-09" });

        var replies = await harness.SendAsync("Délicieux");

        Assert.StartsWith("Merci !", replies.Text, StringComparison.Ordinal);
        Assert.Equal((ProactiveJobStatus.Cancelled, FlowDialog.UnscheduledReason), _scheduler.All.Single(j => j.Id == scheduled.Id) is var c ? (c.Status, c.Outcome) : default);
        Assert.Equal(ProactiveJobStatus.Pending, _scheduler.All.Single(j => j.Id == other.Id).Status);
    }

    [Fact]
    public async Task Schedule_SchedulerFails_TheCustomerSeesNothingOfIt_AndTheFlowGoesOn()
    {
        var broken = new Mock<IProactiveScheduler>();
        broken.Setup(s => s.ScheduleAsync(It.IsAny<ProactiveJobRequest>(), It.IsAny<CancellationToken>())).ThrowsAsync(new InvalidOperationException("database is locked"));
        var harness = Start(withScheduler: true, scheduler: broken.Object);
        await harness.SendAsync("bonjour");
        await harness.SendAsync("TEST_FLOW");

        var replies = await harness.SendAsync("14 mars 1990");

        Assert.StartsWith("C'est noté.", replies.Text, StringComparison.Ordinal);
        broken.Verify(s => s.ScheduleAsync(It.IsAny<ProactiveJobRequest>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    private ConversationHarness Start(bool withScheduler, string steps = Steps, IProactiveScheduler? scheduler = null)
    {
        _folder.Write("gift.yaml", "id: gift\ntitle: { fr: Cadeau, en: Gift }\ntriggers: { payload: GIFT }\nsteps:\n  - say: { fr: Un cadeau, en: A gift }\n");
        _folder.Write("test.yaml", "id: test-flow\ntitle: { fr: Test, en: Test }\ntriggers:\n  payload: TEST_FLOW\nsteps:\n" + steps + "\n");
        var result = FlowLoader.Load(_folder.Directory);
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        var anticipation = withScheduler
            ? new AnticipationServices(scheduler ?? _scheduler, new InMemoryProactiveConsents(), Options.Create(new AnticipationOptions()), time: _time)
            : null;
        return new ConversationHarness(flows: new FlowCatalog(result.Flows), database: TestBrand.NewDatabase(), time: _time, anticipation: anticipation);
    }
}
