using Majordome.Bot.Anticipation;
using Majordome.Bot.Messenger;
using Majordome.Bot.Messenger.OptIns;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.Messenger;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>The scheduler end to end on a real SQLite file, a fake clock and the fake Graph server checking every send.</summary>
public sealed class ProactiveSchedulerTests : IAsyncLifetime
{
    private AnticipationRig _rig = null!;

    public async Task InitializeAsync() => _rig = await AnticipationRig.StartAsync();

    public async Task DisposeAsync() => await _rig.DisposeAsync();

    private DateTimeOffset Now => _rig.Clock.GetUtcNow();

    [Fact]
    public async Task Schedule_SameOnceKeyTwice_KeepsOneJob()
    {
        var jobs = _rig.Instance().GetRequiredService<IProactiveScheduler>();

        var first = await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.Reorder, Now.AddDays(10), "reorder:order-1042"));
        var again = await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.Reorder, Now.AddDays(11), "reorder:order-1042"));

        Assert.Equal(first.Id, again.Id);
        Assert.Equal(Now.AddDays(10), again.Request.DueAt);
        Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer));
    }

    [Fact]
    public async Task CancelByOnceKey_Pending_CancelsThatJobOnly_AndNothingOnceItIsOver()
    {
        var jobs = _rig.Instance().GetRequiredService<IProactiveScheduler>();
        var birthday = await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.FlowMessage, Now.AddDays(10), "flow:birthday"));
        var other = await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.FlowMessage, Now.AddDays(10), "flow:other"));

        Assert.True(await jobs.CancelAsync("flow:birthday", "cancelled-by-flow"));
        Assert.False(await jobs.CancelAsync("flow:birthday", "cancelled-by-flow"));
        Assert.False(await jobs.CancelAsync("flow:unknown", "cancelled-by-flow"));

        var all = await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer);
        Assert.Equal((ProactiveJobStatus.Cancelled, "cancelled-by-flow"), all.Single(j => j.Id == birthday.Id) is var b ? (b.Status, b.Outcome) : default);
        Assert.Equal(ProactiveJobStatus.Pending, all.Single(j => j.Id == other.Id).Status);
    }

    [Fact]
    public async Task Sweep_DueInsideWindow_SendsOnceNotTwice()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now.AddHours(2)));
        await _rig.CustomerWroteAsync(Now.AddHours(-1));
        var sweep = services.GetRequiredService<ProactiveSweep>();

        Assert.Empty(await sweep.RunOnceAsync());
        _rig.Clock.Advance(TimeSpan.FromHours(2));
        await sweep.RunOnceAsync();
        _rig.Clock.Advance(TimeSpan.FromHours(1));
        await sweep.RunOnceAsync();

        var sent = Assert.Single(_rig.Graph.SentMessages);
        Assert.Equal("UPDATE", (string?)sent["messaging_type"]);
        Assert.Equal(MessengerRig.Psid, (string?)sent["recipient"]?["id"]);
        Assert.StartsWith("booking-reminder #", (string?)sent["message"]?["text"], StringComparison.Ordinal);
        var job = Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer));
        Assert.Equal((ProactiveJobStatus.Sent, ProactiveOutcomes.Sent, 1), (job.Status, job.Outcome, job.Attempts));
    }

    [Fact]
    public async Task Sweep_MarketingOutsideWindowWithoutToken_DropsWithoutCallingGraph()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.Reorder, ProactiveCategory.Marketing));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await _rig.CustomerWroteAsync(Now.AddDays(-3));
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.Reorder, Now));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        Assert.Empty(_rig.Graph.CallsTo("/me/messages"));
        var job = Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer));
        Assert.Equal((ProactiveJobStatus.Dropped, ProactiveOutcomes.OutsideWindow), (job.Status, job.Outcome));
    }

    [Fact]
    public async Task Sweep_MarketingOutsideWindowWithToken_SendsToTheToken()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.Reorder, ProactiveCategory.Marketing));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await _rig.CustomerWroteAsync(Now.AddDays(-3));
        await services.GetRequiredService<SqlMessengerOptIns>().RecordAsync(new MessengerOptIn(
            MessengerRig.Thread, MessengerOptInKind.MarketingMessages, "NMT-token-42", "REORDER", "Rappels", "WEEKLY", "Europe/Paris", Now.AddMonths(6), true, "REFRESHED", Now.AddDays(-5)));
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.Reorder, Now));
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.Reorder, Now));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        // One message per week the customer chose: the second is dropped for the frequency, not sent.
        var sent = Assert.Single(_rig.Graph.SentMessages);
        Assert.Equal("NMT-token-42", (string?)sent["recipient"]?["notification_messages_token"]);
        Assert.Null(sent["recipient"]?["id"]);
        var outcomes = (await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer)).OrderBy(j => j.Id).Select(j => j.Outcome);
        Assert.Equal([ProactiveOutcomes.SentWithToken, ProactiveOutcomes.TokenFrequency], outcomes);
    }

    [Fact]
    public async Task Sweep_MarketingWithStoppedToken_Dropped()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BackInStock, ProactiveCategory.Marketing));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await services.GetRequiredService<SqlMessengerOptIns>().RecordAsync(new MessengerOptIn(
            MessengerRig.Thread, MessengerOptInKind.MarketingMessages, "NMT-stopped", "STOCK", null, "DAILY", null, Now.AddMonths(6), false, null, Now.AddDays(-1)));
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BackInStock, Now));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        Assert.Empty(_rig.Graph.CallsTo("/me/messages"));
        Assert.Equal(ProactiveOutcomes.TokenExpired, Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer)).Outcome);
    }

    [Fact]
    public async Task Sweep_UtilityOutsideWindowWithApprovedTemplate_SendsUtilityTemplateNeverATag()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.OrderUpdate, ProactiveCategory.Utility, new ProactiveTemplate("order_shipped", "fr", ["1042"])));
        _rig.Configure = o => o.MessengerUtilityTemplates.Add(new ApprovedTemplate { Name = "order_shipped", Language = "fr" });
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.OrderUpdate, Now));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        var body = Assert.Single(_rig.Graph.CallsTo("/me/messages")).Json!;
        Assert.Equal("UTILITY", (string?)body["messaging_type"]);
        Assert.Null(body["tag"]);
        Assert.Equal("order_shipped", (string?)body["template"]?["name"]);
        Assert.Equal("1042", (string?)body.SelectToken("template.components[0].parameters[0].text"));
        Assert.Equal(ProactiveOutcomes.SentAsTemplate, Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer)).Outcome);
    }

    [Fact]
    public async Task Sweep_UtilityOutsideWindowWithUnapprovedTemplate_Dropped()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.OrderUpdate, ProactiveCategory.Utility, new ProactiveTemplate("order_shipped", "fr", [])));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.OrderUpdate, Now));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        Assert.Empty(_rig.Graph.CallsTo("/me/messages"));
        Assert.Equal(ProactiveOutcomes.OutsideWindow, Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer)).Outcome);
    }

    [Fact]
    public async Task StopAll_CancelsPendingAndLaterJobs_NothingSent()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        var consents = services.GetRequiredService<IProactiveConsents>();
        await _rig.CustomerWroteAsync(Now);
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now.AddHours(1)));

        await consents.StopAllAsync(AnticipationRig.PageCustomer, Now);
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now.AddHours(1)));
        _rig.Clock.Advance(TimeSpan.FromHours(2));
        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        Assert.Empty(_rig.Graph.CallsTo("/me/messages"));
        Assert.All(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer), j => Assert.Equal((ProactiveJobStatus.Cancelled, ProactiveOutcomes.Stopped), (j.Status, j.Outcome)));
    }

    [Fact]
    public async Task Resume_AfterStop_SendsAgain()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility));
        var services = _rig.Instance();
        var consents = services.GetRequiredService<IProactiveConsents>();
        await consents.StopAllAsync(AnticipationRig.PageCustomer, Now);
        await consents.ResumeAsync(AnticipationRig.PageCustomer, Now);
        await _rig.CustomerWroteAsync(Now);
        await services.GetRequiredService<IProactiveScheduler>().ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        Assert.Single(_rig.Graph.SentMessages);
    }

    [Fact]
    public async Task Sweep_MarketingOnInstagramWithoutConsent_DroppedForConsent()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.Reorder, ProactiveCategory.Marketing));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        var thread = MessengerRig.InstagramThread;
        await new Majordome.Bot.Messenger.State.SqlMessagingWindow(_rig.Database).RecordCustomerActivityAsync(thread, Now, CancellationToken.None);
        var to = new ProactiveAddress("instagram/" + thread.UserId, MessengerChannels.Instagram, thread.UserId, thread.ConversationId, null, "fr-FR", null);
        await jobs.ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.Reorder, to, Now, "{}", null));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();
        Assert.Equal(ProactiveOutcomes.NoConsent, Assert.Single(await jobs.ListForCustomerAsync(to.CustomerKey)).Outcome);

        await services.GetRequiredService<IProactiveConsents>().GrantAsync(to.CustomerKey, ProactiveCategory.Marketing, "Recevoir mes rappels de commande ?", Now);
        await jobs.ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.Reorder, to, Now, "{}", null));
        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();
        Assert.Equal(thread.UserId, (string?)Assert.Single(_rig.Graph.SentMessages)["recipient"]?["id"]);
    }

    [Fact]
    public async Task Sweep_ComposerSaysNoLongerApplies_Dropped()
    {
        var composer = new TestComposer(ProactiveKinds.Reorder, ProactiveCategory.Utility);
        _rig.Composers.Add(composer);
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await _rig.CustomerWroteAsync(Now);
        var job = await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.Reorder, Now));
        composer.NoLongerApplies.Add(job.Id);

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        Assert.Empty(_rig.Graph.CallsTo("/me/messages"));
        Assert.Equal(ProactiveOutcomes.NoLongerApplies, Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer)).Outcome);
    }

    [Fact]
    public async Task Sweep_TemporaryGraphFailure_RetriedLaterWithBackoff_ThenSentOnce()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await _rig.CustomerWroteAsync(Now);
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now));
        for (var i = 0; i < 4; i++)
        {
            // Graph's own client retries 4 times: all of them fail, so the job is what tries again.
            _rig.Graph.EnqueueError("err_2_transient", 500);
        }

        var sweep = services.GetRequiredService<ProactiveSweep>();
        await sweep.RunOnceAsync();
        var waiting = Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer));
        Assert.Equal((ProactiveJobStatus.Pending, ProactiveOutcomes.RetryLater, 1, Now.AddMinutes(1)), (waiting.Status, waiting.Outcome, waiting.Attempts, waiting.Request.DueAt));

        // Not due again yet: no call. Then one more call, which Graph accepts.
        await sweep.RunOnceAsync();
        Assert.Equal(4, _rig.Graph.SentMessages.Count);
        _rig.Clock.Advance(TimeSpan.FromMinutes(1));
        await sweep.RunOnceAsync();

        Assert.Equal(5, _rig.Graph.SentMessages.Count);
        Assert.Equal((ProactiveJobStatus.Sent, 2), Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer)) is var j ? (j.Status, j.Attempts) : default);
    }

    [Fact]
    public async Task Claim_OfADeadInstance_TakenAgainAfterTheLease()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility));
        _rig.Configure = o => o.ClaimLease = TimeSpan.FromMinutes(5);
        var dead = _rig.Instance();
        var alive = _rig.Instance();
        await _rig.CustomerWroteAsync(Now);
        await alive.GetRequiredService<IProactiveScheduler>().ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now));

        // The first instance claims the job and dies before sending it.
        Assert.Single(await dead.GetRequiredService<ProactiveJobClaims>().ClaimDueAsync(10, TimeSpan.FromMinutes(5)));
        var sweep = alive.GetRequiredService<ProactiveSweep>();
        Assert.Empty(await sweep.RunOnceAsync());
        _rig.Clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Single(await sweep.RunOnceAsync());

        Assert.Single(_rig.Graph.SentMessages);
    }

    [Fact]
    public async Task Sweep_DueInQuietHours_PostponedToTheirEnd()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility));
        _rig.Configure = o => (o.QuietHoursStart, o.QuietHoursEnd) = (new TimeOnly(21, 0), new TimeOnly(9, 0));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();

        // 22:30 in Paris (UTC+1 in December): the reminder waits for 09:00 Paris, 08:00 UTC.
        _rig.Clock.AdjustTime(new DateTimeOffset(2026, 12, 8, 21, 30, 0, TimeSpan.Zero));
        await _rig.CustomerWroteAsync(Now.AddHours(-1));
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now));
        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        var job = Assert.Single(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer));
        Assert.Equal((ProactiveJobStatus.Pending, ProactiveOutcomes.QuietHours, new DateTimeOffset(2026, 12, 9, 8, 0, 0, TimeSpan.Zero)), (job.Status, job.Outcome, job.Request.DueAt));
        Assert.Empty(_rig.Graph.CallsTo("/me/messages"));
    }

    [Fact]
    public async Task Sweep_SecondMessageWithinPace_PostponedToTheEndOfThePeriod()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility));
        _rig.Configure = o => o.PacePeriod = TimeSpan.FromDays(1);
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await _rig.CustomerWroteAsync(Now);
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now));
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        Assert.Single(_rig.Graph.SentMessages);
        var second = (await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer)).OrderBy(j => j.Id).Last();
        Assert.Equal((ProactiveJobStatus.Pending, ProactiveOutcomes.Pace, Now.AddDays(1)), (second.Status, second.Outcome, second.Request.DueAt));
    }

    [Fact]
    public async Task Sweep_PaceConfiguredToDrop_DropsWithReason()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.BookingReminder, ProactiveCategory.Utility));
        _rig.Configure = o => (o.PacePeriod, o.WhenPaceExceeded) = (TimeSpan.FromDays(1), PaceAction.Drop);
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        await _rig.CustomerWroteAsync(Now);
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now));
        await jobs.ScheduleAsync(AnticipationRig.MessengerJob(ProactiveKinds.BookingReminder, Now));

        await services.GetRequiredService<ProactiveSweep>().RunOnceAsync();

        var second = (await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer)).OrderBy(j => j.Id).Last();
        Assert.Equal((ProactiveJobStatus.Dropped, ProactiveOutcomes.Pace), (second.Status, second.Outcome));
    }

    [Fact]
    public async Task Sweep_WebChatJob_LeftForTheVisit_ShownInTheGreetingOnce()
    {
        _rig.Composers.Add(new TestComposer(ProactiveKinds.Reorder, ProactiveCategory.Marketing));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        var to = new ProactiveAddress("webchat/visitor-1", "webchat", "visitor-1", "conv-1", null, "fr-FR", null);
        await services.GetRequiredService<IProactiveConsents>().GrantAsync(to.CustomerKey, ProactiveCategory.Marketing, "Oui, prévenez-moi", Now);
        await jobs.ScheduleAsync(new ProactiveJobRequest(ProactiveKinds.Reorder, to, Now, "{}", null));

        Assert.Empty(await services.GetRequiredService<ProactiveSweep>().RunOnceAsync());
        var greeting = services.GetRequiredService<IProactiveGreeting>();
        var shown = await greeting.TakeDueAsync(to.CustomerKey, System.Globalization.CultureInfo.GetCultureInfo("en-US"));
        var again = await greeting.TakeDueAsync(to.CustomerKey, System.Globalization.CultureInfo.GetCultureInfo("en-US"));

        Assert.EndsWith("(en-US)", Assert.IsType<Microsoft.Bot.Schema.Activity>(Assert.Single(shown)).Text, StringComparison.Ordinal);
        Assert.Empty(again);
        Assert.Equal(ProactiveOutcomes.ShownAtVisit, Assert.Single(await jobs.ListForCustomerAsync(to.CustomerKey)).Outcome);
    }

    [Theory]
    [InlineData(ProactiveKinds.Reorder, ProactiveCategory.Marketing, false, false, false)]
    [InlineData(ProactiveKinds.FlowMessage, ProactiveCategory.Marketing, false, false, false)]
    [InlineData(ProactiveKinds.Reorder, ProactiveCategory.Marketing, true, false, true)]
    [InlineData(ProactiveKinds.BackInStock, ProactiveCategory.Marketing, false, true, true)]
    [InlineData(ProactiveKinds.OrderUpdate, ProactiveCategory.Utility, false, false, true)]
    [InlineData(ProactiveKinds.BookingReminder, ProactiveCategory.Utility, false, false, true)]
    public async Task Greeting_AppliesTheMarketingConsentOfTheOtherChannels(string kind, ProactiveCategory category, bool optedIn, bool askedFor, bool shown)
    {
        _rig.Composers.Add(new TestComposer(kind, category, askedForByCustomer: askedFor));
        var services = _rig.Instance();
        var jobs = services.GetRequiredService<IProactiveScheduler>();
        var to = new ProactiveAddress("webchat/visitor-2", "webchat", "visitor-2", "conv-2", null, "fr-FR", null);
        if (optedIn)
        {
            await services.GetRequiredService<IProactiveConsents>().GrantAsync(to.CustomerKey, ProactiveCategory.Marketing, "Oui, prévenez-moi", Now);
        }

        await jobs.ScheduleAsync(new ProactiveJobRequest(kind, to, Now, "{}", null));

        var greeting = await services.GetRequiredService<IProactiveGreeting>().TakeDueAsync(to.CustomerKey, System.Globalization.CultureInfo.GetCultureInfo("fr-FR"));

        var job = Assert.Single(await jobs.ListForCustomerAsync(to.CustomerKey));
        Assert.Equal(shown ? 1 : 0, greeting.Count);
        Assert.Equal(
            shown ? (ProactiveJobStatus.Sent, ProactiveOutcomes.ShownAtVisit) : (ProactiveJobStatus.Dropped, ProactiveOutcomes.NoConsent),
            (job.Status, job.Outcome));
    }

    [Fact]
    public async Task Schedule_PayloadNotJson_RefusedWithAClearError()
    {
        var jobs = _rig.Instance().GetRequiredService<IProactiveScheduler>();
        var request = AnticipationRig.MessengerJob(ProactiveKinds.Reorder, Now) with { PayloadJson = "order 1042" };

        var error = await Assert.ThrowsAsync<ArgumentException>(() => jobs.ScheduleAsync(request));

        Assert.Contains("JSON", error.Message, StringComparison.Ordinal);
        Assert.Empty(await jobs.ListForCustomerAsync(AnticipationRig.PageCustomer));
    }
}
