using Majordome.Dialogs.Prompts;
using Majordome.Tests.Harness;
using Microsoft.Extensions.Time.Testing;
using Newtonsoft.Json.Linq;

namespace Majordome.Tests.Dialogs.Prompts;

/// <summary>"Now" is Wednesday 25 November 2026, 16:00 in Paris (see <see cref="ConversationHarness.DefaultNow"/>).</summary>
public class DateTimePromptTests
{
    private static DateTimePrompt NewPrompt() => new("when", new FakeTimeProvider(ConversationHarness.DefaultNow));

    private static Func<string, PromptOptions> Booking => SinglePromptDialog.Asking("Quand ?",
        o => o.Validations = JToken.FromObject(new DateTimeConstraints(RequireTime: true, FutureOnly: true)));

    [Theory]
    [InlineData("fr", "demain soir à 20h", "2026-11-26T20:00:00+01:00")]
    [InlineData("fr", "samedi à 15h", "2026-11-28T15:00:00+01:00")]
    [InlineData("en", "tomorrow at 8pm", "2026-11-26T20:00:00+01:00")]
    [InlineData("en", "Saturday 3pm", "2026-11-28T15:00:00+01:00")]
    public async Task NaturalLanguage_ResolvesToOneInstantInParis(string language, string answer, string expected)
    {
        var (harness, _) = await PromptHarness.StartAsync(NewPrompt(), Booking, language);

        var replies = await harness.AnswerAsync(answer);

        var result = Newtonsoft.Json.JsonConvert.DeserializeObject<JArray>(
            PromptHarness.Result(replies)!, new Newtonsoft.Json.JsonSerializerSettings { DateParseHandling = Newtonsoft.Json.DateParseHandling.None })!;
        Assert.Equal(expected, result[0]!["Value"]!.Value<string>());
    }

    [Theory]
    [InlineData("fr", "samedi", "À quelle heure")]
    [InlineData("en", "Saturday", "At what time")]
    [InlineData("fr", "hier à 15h", "déjà passé")]
    [InlineData("en", "yesterday at 3pm", "already passed")]
    [InlineData("fr", "n'importe quand", "pas compris cette date")]
    public async Task Unusable_ExplainsWhatIsMissing(string language, string answer, string hint)
    {
        var (harness, _) = await PromptHarness.StartAsync(NewPrompt(), Booking, language);

        var replies = await harness.AnswerAsync(answer);

        Assert.Null(PromptHarness.Result(replies));
        Assert.Contains(hint, replies.Last.Text);
    }
}
