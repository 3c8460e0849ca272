using Majordome.Dialogs.Choices;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Conversations;

/// <summary>
/// The choice of a boutique (choices whose values are boutique ids): besides a typed city or a tapped button, a
/// location the customer shares (Messenger's location, a pin) chooses the boutique nearest to it.
/// </summary>
public sealed class BoutiqueChoicePrompt : ChoicePrompt
{
    private readonly IBoutiqueDirectory _boutiques;

    /// <summary>Creates the prompt.</summary>
    public BoutiqueChoicePrompt(string dialogId, IBoutiqueDirectory boutiques, PromptValidator<FoundChoice>? validator = null, Localizer? localizer = null)
        : base(dialogId, validator, localizer)
    {
        ArgumentNullException.ThrowIfNull(boutiques);
        _boutiques = boutiques;
    }

    /// <inheritdoc />
    protected override Task<PromptRecognizerResult<FoundChoice>> OnRecognizeAsync(ITurnContext turnContext, JObject state, PromptOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(options);
        if (SharedContent.Of(turnContext.Activity).Location is not { } location)
        {
            return base.OnRecognizeAsync(turnContext, state, options, cancellationToken);
        }

        var choices = options.Choices ?? [];
        var offered = choices.Select(c => _boutiques.FindById(c.Value)).OfType<Boutique>();
        if (NearestBoutique.To(location, offered) is not { } nearest)
        {
            return Task.FromResult(PromptRecognizerResult<FoundChoice>.Failure());
        }

        var index = choices.ToList().FindIndex(c => string.Equals(c.Value, nearest.Id, StringComparison.OrdinalIgnoreCase));
        return Task.FromResult(PromptRecognizerResult<FoundChoice>.Success(new FoundChoice(choices[index].Value, index, 1.0)));
    }
}
