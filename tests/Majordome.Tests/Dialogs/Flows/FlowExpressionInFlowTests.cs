using Majordome.Dialogs.Flows;
using Majordome.Tests.Bot.Content;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>Expressions in a running flow: today comes from the bot's clock (25 November 2026 in the harness).</summary>
public sealed class FlowExpressionInFlowTests : IDisposable
{
    private const string Adult = """
        id: adult
        title: { fr: Majeur, en: Adult }
        triggers:
          payload: ADULT
        steps:
          - ask: date-time
            var: birthday
            prompt: { fr: Votre date de naissance ?, en: Your date of birth? }
          - set: next_visit
            value: today + 2w
          - if: birthday <= today - 18y
            then:
              - say: { fr: "Bienvenue, votre visite : {next_visit}.", en: "Welcome, your visit: {next_visit}." }
            else:
              - say: { fr: Réservé aux majeurs., en: Adults only. }
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Theory]
    [InlineData("25 novembre 2008", "Bienvenue, votre visite : 9 décembre 2026.")]
    [InlineData("26 novembre 2008", "Réservé aux majeurs.")]
    public async Task TodayAndDateArithmetic_DecideTheBranch(string birthday, string expected)
    {
        var result = _folder.Write("adult.yaml", Adult).Load();
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        var harness = new ConversationHarness(flows: new FlowCatalog(result.Flows));
        await harness.SendAsync("bonjour");
        await harness.SendAsync("ADULT");

        var replies = await harness.SendAsync(birthday);

        Assert.Contains(expected, replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_VariableNamedToday_IsRefused()
    {
        _folder.Write("adult.yaml", Adult.With("set: next_visit", "set: today").With("{next_visit}", "{today}"));

        var problem = Assert.Single(_folder.Load().Problems, p => p.Field == "steps[1].set");
        Assert.Contains("\"today\" is the current date in expressions", problem.Message, StringComparison.Ordinal);
    }
}
