using System.Net;
using Majordome.Bot.Anticipation;
using Majordome.Bot.Data;
using Majordome.Bot.Team;
using Majordome.Dialogs.Anticipation;
using Microsoft.Extensions.DependencyInjection;

namespace Majordome.Tests.Bot.Team;

/// <summary>
/// The console's scheduled messages over real HTTP with the console's sign-in: an admin sees pending, sent and not
/// sent jobs with their due time, kind, channel and a masked customer, and cancels a pending one; an agent sees none
/// and cancels none; a cancel without its anti-forgery token changes nothing.
/// </summary>
public sealed class TeamJobsPageTests : IClassFixture<TeamJobsPageTests.Fixture>
{
    private const string Password = "correct horse battery";
    private readonly Fixture _fixture;

    public TeamJobsPageTests(Fixture fixture) => _fixture = fixture;

    [Fact]
    public async Task Admin_SeesPendingSentAndNotSent_WithMaskedCustomers_AndCancelsAPendingOne()
    {
        var pending = await _fixture.ScheduleAsync("facebook/2690000001234567");
        var sent = await _fixture.ScheduleAsync("whatsapp/33612345678", ProactiveJobStatus.Sent, "sent");
        var failed = await _fixture.ScheduleAsync("instagram/17840000009999", ProactiveJobStatus.Dropped, "outside-window");
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(await _fixture.NewMemberAsync(TeamRoles.Admin), Password);

        var page = await client.Http.GetAsync("/team/jobs");
        var raw = await page.Content.ReadAsStringAsync();
        var html = WebUtility.HtmlDecode(raw);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("facebook/…4567", html, StringComparison.Ordinal);
        Assert.Contains("whatsapp/…5678", html, StringComparison.Ordinal);
        Assert.Contains("instagram/…9999", html, StringComparison.Ordinal);
        Assert.DoesNotContain("2690000001234567", html, StringComparison.Ordinal);
        Assert.DoesNotContain("33612345678", html, StringComparison.Ordinal);
        Assert.Contains(TeamHtmlTime(pending.Request.DueAt), html, StringComparison.Ordinal);
        Assert.Contains("<td>flow-message</td><td>Messenger</td>", html, StringComparison.Ordinal);
        Assert.Contains("outside-window", html, StringComparison.Ordinal);
        Assert.Contains($"action=\"/team/jobs/{pending.Id}/cancel\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/team/jobs/{sent.Id}/cancel\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain($"action=\"/team/jobs/{failed.Id}/cancel\"", html, StringComparison.Ordinal);

        var cancel = await client.PostAsync($"/team/jobs/{pending.Id}/cancel", TeamConsoleClient.TokenIn(raw));

        Assert.Equal((HttpStatusCode.Redirect, "/team/jobs"), (cancel.StatusCode, cancel.Headers.Location?.OriginalString));
        Assert.Equal((ProactiveJobStatus.Cancelled, "cancelled-by-team"), await _fixture.StatusAsync(pending));
        var again = await client.PostAsync($"/team/jobs/{sent.Id}/cancel", TeamConsoleClient.TokenIn(raw));
        Assert.Equal("/team/jobs?notice=not-pending", again.Headers.Location?.OriginalString);
        Assert.Equal((ProactiveJobStatus.Sent, "sent"), await _fixture.StatusAsync(sent));
    }

    [Fact]
    public async Task Agent_SeesNoScheduledMessages_AndCancelsNone()
    {
        var pending = await _fixture.ScheduleAsync("facebook/2690000007654321");
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(await _fixture.NewMemberAsync(TeamRoles.Agent), Password);
        var token = await client.TokenFromAsync("/team");

        var page = await client.Http.GetAsync("/team/jobs");
        var cancel = await client.PostAsync($"/team/jobs/{pending.Id}/cancel", token);

        Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
        Assert.DoesNotContain("facebook/", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, cancel.StatusCode);
        Assert.Equal((ProactiveJobStatus.Pending, (string?)null), await _fixture.StatusAsync(pending));
    }

    [Fact]
    public async Task Cancel_WithoutItsAntiforgeryToken_IsRefused_AndTheJobStaysPending()
    {
        var pending = await _fixture.ScheduleAsync("facebook/2690000001111111");
        using var client = TeamConsoleClient.For(_fixture.Factory);
        await client.SignInOrFailAsync(await _fixture.NewMemberAsync(TeamRoles.Admin), Password);

        var missing = await client.PostAsync($"/team/jobs/{pending.Id}/cancel", null);
        var forged = await client.PostAsync($"/team/jobs/{pending.Id}/cancel", "CfDJ8forged-token");

        Assert.Equal((HttpStatusCode.BadRequest, HttpStatusCode.BadRequest), (missing.StatusCode, forged.StatusCode));
        Assert.Equal((ProactiveJobStatus.Pending, (string?)null), await _fixture.StatusAsync(pending));
    }

    // The client is an English browser: the page writes times in English.
    private static string TeamHtmlTime(DateTimeOffset instant) => Majordome.Bot.Team.Console.TeamText.In("en").Time(instant);

    public sealed class Fixture : IDisposable
    {
        private int _accounts;

        public BotApplicationFactory Factory { get; } = new();

        public async Task<string> NewMemberAsync(string role)
        {
            var username = $"{role}{Interlocked.Increment(ref _accounts)}";
            await TeamConsoleClient.CreateAccountAsync(Factory, username, "Camille", Password, role);
            return username;
        }

        /// <summary>A flow message due in ten days for <paramref name="customer"/>, moved to <paramref name="status"/> as the worker would.</summary>
        public async Task<ProactiveJob> ScheduleAsync(string customer, ProactiveJobStatus status = ProactiveJobStatus.Pending, string? outcome = null)
        {
            var channel = customer[..customer.IndexOf('/', StringComparison.Ordinal)];
            var user = customer[(channel.Length + 1)..];
            var job = await Factory.Services.GetRequiredService<SqlProactiveJobs>().ScheduleAsync(new ProactiveJobRequest(
                ProactiveKinds.FlowMessage, new ProactiveAddress(customer, channel, user, "c-" + user, null, "fr-FR", "Europe/Paris"),
                DateTimeOffset.UtcNow.AddDays(10), "{}", "test:" + Guid.NewGuid().ToString("N")));
            if (status != ProactiveJobStatus.Pending)
            {
                await using var connection = await Factory.Services.GetRequiredService<BusinessDatabase>().OpenAsync(CancellationToken.None);
                await using var update = SqlCommands.Create(connection, null, "UPDATE proactive_jobs SET status = @status, outcome = @outcome, attempts = 1 WHERE id = @id;",
                    ("@status", status.ToString()), ("@outcome", outcome), ("@id", job.Id));
                await update.ExecuteNonQueryAsync();
            }

            return job;
        }

        public async Task<(ProactiveJobStatus, string?)> StatusAsync(ProactiveJob job)
        {
            var found = (await Factory.Services.GetRequiredService<SqlProactiveJobs>().ListForCustomerAsync(job.Request.To.CustomerKey)).Single(j => j.Id == job.Id);
            return (found.Status, found.Outcome);
        }

        public void Dispose() => Factory.Dispose();
    }
}
