using Majordome.Tests.Bot.Content;
using Majordome.Tests.Bot.Content.Flows;
using Majordome.Tests.Harness;

namespace Majordome.Tests.Dialogs.Flows;

/// <summary>
/// Date questions in a flow: a bare year is asked again, min/max bound the answer (today, -18y, a date), and the
/// date is shown in the customer's language. The harness's clock says 25 November 2026.
/// </summary>
public sealed class FlowDateQuestionTests : IDisposable
{
    private const string Birthday = """
        id: birthday
        title: { fr: Anniversaire, en: Birthday }
        triggers:
          payload: BIRTHDAY
        steps:
          - ask: date-time
            var: birthday
            prompt: { fr: Votre date de naissance ?, en: Your date of birth? }
            min: 1900-01-01
            max: -18y
          - say: { fr: "Né le {birthday}.", en: "Born on {birthday}." }
        """;

    private readonly TempFlowFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private async Task<ConversationHarness> AskedAsync(string locale = "fr-FR")
    {
        var result = _folder.Write("birthday.yaml", Birthday).Load();
        Assert.True(result.Problems.Count == 0, string.Join(Environment.NewLine, result.Problems));
        var harness = new ConversationHarness(flows: new Majordome.Dialogs.Flows.FlowCatalog(result.Flows), locale: locale);
        await harness.SendAsync(locale.StartsWith("en", StringComparison.Ordinal) ? "hello" : "bonjour");
        var asked = await harness.SendAsync("BIRTHDAY");
        Assert.Contains(locale.StartsWith("en", StringComparison.Ordinal) ? "Your date of birth?" : "Votre date de naissance ?", asked.Text, StringComparison.Ordinal);
        return harness;
    }

    [Fact]
    public async Task FullDate_IsShownInFrench()
    {
        var harness = await AskedAsync();

        var replies = await harness.SendAsync("14 mars 1990");

        Assert.Contains("Né le 14 mars 1990.", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FullDate_IsShownInEnglish()
    {
        var harness = await AskedAsync("en-GB");

        var replies = await harness.SendAsync("14 March 1990");

        Assert.Contains("Born on 14 March 1990.", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BareYear_IsAskedAgainForTheDay()
    {
        var harness = await AskedAsync();

        var replies = await harness.SendAsync("1990");

        Assert.DoesNotContain("Né le", replies.Text, StringComparison.Ordinal);
        Assert.Contains("Quel jour exactement ?", replies.Text, StringComparison.Ordinal);
        Assert.Contains("Né le 14 mars 1990.", (await harness.SendAsync("14 mars 1990")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateAfterMax_IsRefusedNamingTheLatestDateInTheCustomersLanguage()
    {
        var harness = await AskedAsync();

        var replies = await harness.SendAsync("14 mars 2015");

        Assert.DoesNotContain("Né le", replies.Text, StringComparison.Ordinal);
        Assert.Contains("au plus tard le 25 novembre 2008", replies.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DateBeforeMin_IsRefusedNamingTheEarliestDate_InEnglish()
    {
        var harness = await AskedAsync("en-GB");

        var replies = await harness.SendAsync("14 March 1850");

        Assert.DoesNotContain("Born on", replies.Text, StringComparison.Ordinal);
        Assert.Contains("on or after 1 January 1900", replies.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("tomorow", "\"tomorow\" is not a date bound")]
    [InlineData("-18", "\"-18\" is not a date bound")]
    [InlineData("2030-02-30", "\"2030-02-30\" is not a date bound")]
    public void Load_BadDateBound_IsReportedWithTheFormsAllowed(string bound, string message)
    {
        _folder.Write("birthday.yaml", Birthday.With("max: -18y", "max: " + bound));

        ProblemAssert.At(_folder.SingleProblem(), "flows/birthday.yaml", 10, 10, "steps[0].max", message);
    }

    [Fact]
    public void Load_DateMinAfterMax_IsReported()
    {
        _folder.Write("birthday.yaml", Birthday.With("min: 1900-01-01", "min: today"));

        ProblemAssert.At(_folder.SingleProblem(), "flows/birthday.yaml", 10, 10, "steps[0].max", "max (-18y) is before min (today): swap them.");
    }
}
