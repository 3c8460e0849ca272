using Majordome.Dialogs.Engine;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Microsoft.Bot.Builder;

namespace Majordome.Dialogs.Understanding;

/// <summary>
/// Tells when a message sent while a flow's question waits is not an answer but a request for another flow
/// ("en fait je veux commander 2 boîtes d'arpeggio" while the booking asks for a party size): the recognizer
/// must be confident, above <see cref="UnderstandingOptions.InterruptionScore"/>, about a flow other than the
/// current one, and the message must be a sentence (a name, a city or "4" is always an answer).
/// </summary>
public sealed class Interruptions
{
    /// <summary>Shorter messages are answers, never interruptions.</summary>
    private const int MinimumWords = 3;

    private readonly IIntentRecognizer _recognizer;
    private readonly UnderstandingOptions _options;
    private readonly IReadOnlyDictionary<string, string> _flowIntents;

    /// <summary>Creates the policy.</summary>
    /// <param name="recognizer">Understands the message.</param>
    /// <param name="options">The interruption score.</param>
    /// <param name="flowIntents">Which intent each flow's dialog id is (only messages inside these flows can interrupt).</param>
    public Interruptions(IIntentRecognizer recognizer, UnderstandingOptions options, IReadOnlyDictionary<string, string> flowIntents)
    {
        ArgumentNullException.ThrowIfNull(recognizer);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(flowIntents);
        _recognizer = recognizer;
        _options = options;
        _flowIntents = flowIntents;
    }

    /// <summary>The flow the conversation is in (outermost first), or null at the menu or outside any known flow.</summary>
    public string? CurrentFlow(DialogContext dc)
    {
        ArgumentNullException.ThrowIfNull(dc);
        for (var level = dc; level is not null; level = level.Child)
        {
            if (level.ActiveDialog is { } active && _flowIntents.TryGetValue(active.Id, out var intent))
            {
                return intent;
            }
        }

        return null;
    }

    /// <summary>The other flow the message clearly asks for, or null when it should go to the waiting question.</summary>
    public async Task<string?> DetectAsync(DialogContext dc, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dc);
        var activity = dc.Context.Activity;
        var text = PromptInput.GetText(activity);
        if (activity.Value is not null || Recognition.TextNormalizer.Tokenize(text).Length < MinimumWords || CurrentFlow(dc) is not { } current)
        {
            return null;
        }

        var understood = await _recognizer.RecognizeAsync(new UnderstandingRequest(text, dc.Language, activity.ChannelId, dc.Context.GetTimeZone(), WithEntities: false), cancellationToken).ConfigureAwait(false);
        return understood is { Decision.Intent: { } intent, Top.Score: var score } && intent != current && score >= _options.InterruptionScore
            ? intent
            : null;
    }
}
