using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>What a validator sees (Bot Framework's <c>PromptValidatorContext&lt;T&gt;</c>).</summary>
/// <typeparam name="T">The type of value the prompt returns.</typeparam>
public sealed class PromptValidatorContext<T>
{
    internal PromptValidatorContext(ITurnContext context, PromptRecognizerResult<T> recognized, JObject state, PromptOptions options)
    {
        Context = context;
        Recognized = recognized;
        State = state;
        Options = options;
    }

    /// <summary>The turn.</summary>
    public ITurnContext Context { get; }

    /// <summary>What the prompt understood; the validator runs even when recognition failed.</summary>
    public PromptRecognizerResult<T> Recognized { get; }

    /// <summary>The prompt's options.</summary>
    public PromptOptions Options { get; }

    /// <summary>The prompt's persisted state.</summary>
    public JObject State { get; }

    /// <summary>How many answers the user has given to this prompt, this one included.</summary>
    public int AttemptCount => State.Value<int?>(PromptState.AttemptCountKey) ?? 0;
}
