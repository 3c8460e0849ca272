using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Prompts;

namespace Majordome.Tests.Harness;

/// <summary>Runs one prompt through the real dialog manager and reads what it returned.</summary>
public sealed class PromptHarness
{
    private readonly ConversationHarness _harness;
    private readonly string _greeting;

    private PromptHarness(Dialog prompt, Func<string, PromptOptions> options, string language, string channelId)
    {
        _harness = new ConversationHarness(rootDialog: _ => new SinglePromptDialog(prompt, options), channelId: channelId, defaultLanguage: language);
        _greeting = language == "fr" ? "bonjour" : "hello";
    }

    /// <summary>Starts a conversation in <paramref name="language"/> and returns the harness with the prompt waiting.</summary>
    public static async Task<(PromptHarness Harness, Replies Question)> StartAsync(Dialog prompt, Func<string, PromptOptions> options, string language = "fr", string channelId = "test")
    {
        var harness = new PromptHarness(prompt, options, language, channelId);
        var question = await harness._harness.SendAsync(harness._greeting);
        return (harness, question);
    }

    public Task<Replies> AnswerAsync(string text) => _harness.SendAsync(text);

    public Task<Replies> ClickAsync(object value) => _harness.SendValueAsync(value);

    /// <summary>The JSON of the prompt's result when this turn ended it, else null.</summary>
    public static string? Result(Replies replies) =>
        replies.Messages.Select(m => m.Text).FirstOrDefault(t => t?.StartsWith(SinglePromptDialog.ResultPrefix, StringComparison.Ordinal) == true)
            ?[SinglePromptDialog.ResultPrefix.Length..];
}
