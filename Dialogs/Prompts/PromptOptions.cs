using Majordome.Dialogs.Choices;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Prompts;

/// <summary>
/// What a prompt asks and how (Bot Framework's <c>PromptOptions</c>), plus what Bot Framework lacked:
/// a maximum number of attempts, the message sent when they run out, and context-aware help.
/// Stored as JSON in the prompt's state.
/// </summary>
public sealed class PromptOptions
{
    /// <summary>The question.</summary>
    public Activity? Prompt { get; set; }

    /// <summary>
    /// The question when it is asked again (after a greeting, a command, a question answered in place, or an answer
    /// not understood); null asks <see cref="Prompt"/> again. A welcome ("Hello, I'm the assistant. How can I help
    /// you?") is said once; asked again, the menu is just "How can I help you?".
    /// </summary>
    public Activity? Reprompt { get; set; }

    /// <summary>What to say after an answer that was not understood; when null a hint suited to the prompt precedes the question.</summary>
    public Activity? RetryPrompt { get; set; }

    /// <summary>The choices of a choice prompt.</summary>
    public IList<Choice>? Choices { get; set; }

    /// <summary>How the choices are shown; null lets the prompt decide.</summary>
    public ListStyle? Style { get; set; }

    /// <summary>Prompt-specific validation settings (for example <see cref="NumberRange"/> for number prompts).</summary>
    public JToken? Validations { get; set; }

    /// <summary>How many answers the user may give before the prompt gives up; null means <see cref="Prompt{T}.DefaultMaxAttempts"/>, 0 means no limit.</summary>
    public int? MaxAttempts { get; set; }

    /// <summary>What to say when the attempts run out; null uses a polite default that offers the menu.</summary>
    public Activity? TooManyAttemptsMessage { get; set; }

    /// <summary>What to say when the user asks for help at this question; null uses a default for the prompt's kind.</summary>
    public Activity? Help { get; set; }

    /// <summary>
    /// True for a follow-up asked after a task is done ("did this answer help?", "anything else?"): it does not
    /// guard the flow, so a request for another flow starts it straight away instead of asking whether to switch.
    /// </summary>
    public bool IsFollowUp { get; set; }

    /// <summary>
    /// True when a choice prompt's first two choices are a yes and a no in other words ("Oui, merci" / "Pas
    /// vraiment"): a yes or a no typed in any form a confirmation understands ("ok merci", "non pas du tout")
    /// picks them.
    /// </summary>
    public bool IsYesNo { get; set; }
}
