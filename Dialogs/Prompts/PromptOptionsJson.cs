using Majordome.Dialogs.Engine;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// A prompt's <see cref="PromptOptions"/> as its dialog state keeps them: the messages compacted
/// (<see cref="PromptMessageJson"/>) and the flags that are off left out. Reads both this form and the whole
/// options earlier versions stored, so a conversation waiting at a question across an upgrade goes on.
/// </summary>
internal static class PromptOptionsJson
{
    private static readonly (string Key, Func<PromptOptions, Activity?> Of)[] Messages =
    [
        (nameof(PromptOptions.Prompt), o => o.Prompt),
        (nameof(PromptOptions.Reprompt), o => o.Reprompt),
        (nameof(PromptOptions.RetryPrompt), o => o.RetryPrompt),
        (nameof(PromptOptions.TooManyAttemptsMessage), o => o.TooManyAttemptsMessage),
        (nameof(PromptOptions.Help), o => o.Help),
    ];

    private static readonly string[] FlagKeys = [nameof(PromptOptions.IsFollowUp), nameof(PromptOptions.IsYesNo)];

    /// <summary>The JSON to keep in the prompt's state.</summary>
    public static JToken Store(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stored = (JObject)JsonValue.From(options)!;
        foreach (var (key, _) in Messages)
        {
            PromptMessageJson.Compact(stored[key]);
        }

        foreach (var key in FlagKeys)
        {
            if (stored[key] is JValue { Type: JTokenType.Boolean } flag && !(bool)flag)
            {
                stored.Remove(key);
            }
        }

        return stored;
    }

    /// <summary>The options kept in the prompt's state (either form); empty options when there are none.</summary>
    public static PromptOptions Read(JToken? stored)
    {
        var options = JsonValue.To<PromptOptions>(stored) ?? new PromptOptions();
        if (stored is JObject json)
        {
            foreach (var (key, of) in Messages)
            {
                PromptMessageJson.Restore(of(options), json[key]);
            }
        }

        return options;
    }
}
