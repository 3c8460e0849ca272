using Majordome.Bot.Anticipation;
using Majordome.Bot.Content.Flows;
using Majordome.Bot.Data;
using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Anticipation.Flows;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Experiments;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Dialogs.Anticipation;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>
/// Through the real bot, on the real SQLite waiting list and the scheduler: a choice title, a notify-when
/// confirmation and a scheduled message written per variant reach each variant's customer in their variant's words,
/// and the words kept (the waiting list's consent, the scheduled text) are those they were shown.
/// </summary>
public sealed class FlowVariantConfirmationTests : IDisposable
{
    private const string Flow = """
        id: test-flow
        title: { fr: Test, en: Test }
        triggers:
          payload: TEST_FLOW
        experiment: words
        variants: { a: 50, b: 50 }
        conversion: { event: end }
        steps:
          - ask: choice
            var: taste
            prompt: { fr: Quel café ?, en: Which coffee? }
            options:
              - value: intense
                title:
                  a: { fr: Corsé, en: Intense }
                  b: { fr: Bien corsé, en: Bold }
              - value: mild
                title: { fr: Doux, en: Mild }
          - say: { fr: "Choisi : {taste}", en: "Chosen: {taste}" }
          - notify-when:
              back-in-stock: CAP-MINUIT
              say:
                a: { fr: "Noté (a).", en: "Noted (a)." }
                b: { fr: "C'est noté (b).", en: "Got it (b)." }
          - schedule:
              after: 2w
              say:
                a: { fr: "Rappel (a)", en: "Reminder (a)" }
                b: { fr: "Rappel (b)", en: "Reminder (b)" }
          - say: { fr: Autre chose ?, en: Anything else? }
        """;

    private readonly TempFlowFolder _folder = new();
    private readonly FakeTimeProvider _time = new(ConversationHarness.DefaultNow);
    private readonly BusinessDatabase _database = TestBrand.NewDatabase();
    private readonly InMemoryProactiveScheduler _scheduler;
    private readonly SqlStockWaitingList _waitingList;

    public FlowVariantConfirmationTests()
    {
        _scheduler = new InMemoryProactiveScheduler(_time);
        _waitingList = new SqlStockWaitingList(_database);
        File.Copy(Path.Combine(RepositoryRoot.BrandDirectory, "catalog.yaml"), Path.Combine(_folder.Directory, "catalog.yaml"));
    }

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("a", "Corsé", "Bien corsé", "Noté (a).", "Rappel (a)", "Reminder (a)")]
    [InlineData("b", "Bien corsé", "Corsé", "C'est noté (b).", "Rappel (b)", "Reminder (b)")]
    public async Task Flow_TitleConfirmationAndScheduledText_AreTheVariants(string variant, string title, string otherTitle, string noted, string reminderFr, string reminderEn)
    {
        var result = _folder.Write("test.yaml", Flow).Load();
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        var flow = Assert.Single(result.Flows);
        var user = Enumerable.Range(0, 1000).Select(i => $"customer-{i}").First(u => FlowVariantPicker.Pick("test/" + u, flow.Id, flow.Experiment!) == variant);
        var anticipation = new AnticipationServices(_scheduler, new InMemoryProactiveConsents(), Options.Create(new AnticipationOptions()), time: _time, waitingList: _waitingList);
        var harness = new ConversationHarness(flows: new FlowCatalog(result.Flows), database: _database, time: _time, anticipation: anticipation, userId: user);
        await harness.SendAsync("bonjour");
        var asked = await harness.SendAsync("TEST_FLOW");
        // Buttons or a numbered list, as the channel shows them: the variant's title, never the other's.
        var shown = asked.Text + "\n" + string.Join("\n", asked.SuggestedActions);
        Assert.Contains(title, shown, StringComparison.Ordinal);
        Assert.DoesNotContain(otherTitle, shown, StringComparison.Ordinal);

        var replies = await harness.SendAsync(title);

        Assert.Equal(["Choisi : " + title, noted, "Autre chose ?"], replies.Messages.Take(3).Select(m => m.Text));
        Assert.Equal(noted, (await _waitingList.FindAsync("test/" + user, "CAP-MINUIT"))?.Wording);
        var payload = FlowMessagePayload.Of(Assert.Single(_scheduler.All))!;
        Assert.Equal((reminderFr, reminderEn), (payload.Fr, payload.En));
    }
}
