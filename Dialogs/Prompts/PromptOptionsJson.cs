using Majordome.Dialogs.Engine;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// A prompt's <see cref="PromptOptions"/> as its dialog state keeps them: the messages compacted
/// (<see cref="PromptMessageJson"/>) and the flags that are off left out. Reads both this form and the whole
/// options earlier versions stored, so a conversation waiting at a question across an upgrade goes on.
/// </summary>
internal static class PromptOptionsJson
{
    private static readonly string[] MessageKeys =
    [
        nameof(PromptOptions.Prompt),
        nameof(PromptOptions.Reprompt),
        nameof(PromptOptions.RetryPrompt),
        nameof(PromptOptions.TooManyAttemptsMessage),
        nameof(PromptOptions.Help),
    ];

    private static readonly string[] FlagKeys = [nameof(PromptOptions.IsFollowUp), nameof(PromptOptions.IsYesNo)];

    /// <summary>The JSON to keep in the prompt's state.</summary>
    public static JToken Store(PromptOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var stored = (JObject)JsonValue.From(options)!;
        foreach (var key in MessageKeys)
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
            PromptMessageJson.Restore(options.Prompt, json[nameof(PromptOptions.Prompt)]);
            PromptMessageJson.Restore(options.Reprompt, json[nameof(PromptOptions.Reprompt)]);
            PromptMessageJson.Restore(options.RetryPrompt, json[nameof(PromptOptions.RetryPrompt)]);
            PromptMessageJson.Restore(options.TooManyAttemptsMessage, json[nameof(PromptOptions.TooManyAttemptsMessage)]);
            PromptMessageJson.Restore(options.Help, json[nameof(PromptOptions.Help)]);
        }

        return options;
    }
}
