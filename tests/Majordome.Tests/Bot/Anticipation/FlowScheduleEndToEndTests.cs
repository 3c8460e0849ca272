using System.Net;
using Majordome.Bot.Anticipation;
using Majordome.Dialogs.Anticipation;
using Majordome.Tests.Bot.DirectLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Bot.Anticipation;

/// <summary>
/// The shipped birthday club (brand/flows/birthday-club.yaml) end to end on the real host over Direct Line (Web Chat),
/// with the production composition of the scheduler, the flow-message composer and the greeting over the SQLite
/// business database: the visitor gives a date of birth and opts in to offers, the clock reaches the birthday, the
/// next visit's greeting says happy birthday with a button, and the button starts the birthday-offer flow.
/// </summary>
public sealed class FlowScheduleEndToEndTests
{
    private const string Secret = "flow-schedule-e2e-secret-0123456789abcdef";

    [Fact]
    public async Task BirthdayClub_ClockReachesTheBirthday_NextVisitGreetingWishesIt_AndItsButtonStartsTheOffer()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 6, 17, 0, 0, TimeSpan.Zero));
        using var factory = new BotApplicationFactory(
            new Dictionary<string, string?> { ["DirectLine:Secret"] = Secret },
            services => services.AddSingleton<TimeProvider>(time));
        var client = new DirectLineTestClient(factory.CreateClient());
        var visitor = "dl_visitor-" + Guid.NewGuid().ToString("N");

        var (first, _) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        Assert.Contains("Quelle est votre date de naissance ?", await first.SendAsync(Text("BIRTHDAY_CLUB")));
        Assert.Contains("Je vous écrirai le jour de votre anniversaire", await first.SendAsync(Text("14 mars 1990")));

        var jobs = factory.Services.GetRequiredService<SqlProactiveJobs>();
        var job = Assert.Single(await jobs.ListAsync(null, ProactiveJobStatus.Pending, 100), j => j.Request.To.UserId == visitor);
        Assert.Equal((ProactiveKinds.FlowMessage, new DateTimeOffset(2027, 3, 14, 9, 0, 0, TimeSpan.Zero)), (job.Request.Kind, job.Request.DueAt));
        var (_, early) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        Assert.DoesNotContain("Joyeux anniversaire", early.Text, StringComparison.Ordinal);

        // The birthday message is an offer: Web Chat shows it only to a visitor who opted in to offers, as every
        // channel does (ProactiveSchedulerTests.Greeting_* shows it dropped without the opt-in).
        await factory.Services.GetRequiredService<IProactiveConsents>().GrantAsync(job.Request.To.CustomerKey, ProactiveCategory.Marketing, "Oui, envoyez-moi vos offres", time.GetUtcNow());

        time.Advance(new DateTimeOffset(2027, 3, 14, 9, 30, 0, TimeSpan.Zero) - time.GetUtcNow());
        var (next, greeting) = await ReturningVisitor.VisitAsync(client, Secret, visitor);
        Assert.Contains("Joyeux anniversaire ! Maison Tasse vous a préparé un cadeau.", greeting.Text, StringComparison.Ordinal);
        var button = greeting.Actions[0];
        Assert.Equal(("postBack", "Mon cadeau d'anniversaire"), (button.Value<string>("type"), button.Value<string>("title")));
        var offer = await next.SendAsync(new JObject { ["type"] = "message", ["value"] = button["value"]!.DeepClone() });

        Assert.Contains("Avec le code ANNIV10", offer, StringComparison.Ordinal);
        Assert.Equal(ProactiveJobStatus.Sent, (await jobs.ListForCustomerAsync(job.Request.To.CustomerKey)).Single(j => j.Id == job.Id).Status);
    }

    private static JObject Text(string text) => new() { ["type"] = "message", ["text"] = text };
}
