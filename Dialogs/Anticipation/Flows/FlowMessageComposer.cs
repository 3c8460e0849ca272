using System.Globalization;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Dialogs.Anticipation.Flows;

/// <summary>
/// Writes what a flow's schedule step asked for when it is due: its text in the customer's language, and for a flow
/// a button that starts it. The button sends the flow's payload, the trigger a button uses everywhere else, so the
/// flow starts from a proactive message exactly as from the menu: in the customer's next turn, with the whole
/// dialog stack of a normal turn, rather than inside the worker's turn that has no conversation state. Nothing when
/// the flow is no longer served (deleted or renamed since), since its button would lead nowhere.
/// </summary>
public sealed class FlowMessageComposer : IProactiveMessageComposer
{
    private readonly FlowCatalogSource _flows;
    private readonly Localizer _localizer;

    /// <summary>Creates the composer over the flows served now.</summary>
    public FlowMessageComposer(FlowCatalogSource flows, Localizer? localizer = null)
    {
        ArgumentNullException.ThrowIfNull(flows);
        _flows = flows;
        _localizer = localizer ?? Localizer.Default;
    }

    /// <inheritdoc />
    public string Kind => ProactiveKinds.FlowMessage;

    /// <inheritdoc />
    public Task<ProactiveMessage?> ComposeAsync(ProactiveJob job, CultureInfo culture, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(job);
        ArgumentNullException.ThrowIfNull(culture);
        if (FlowMessagePayload.Of(job) is not { } payload)
        {
            return Task.FromResult<ProactiveMessage?>(null);
        }

        var language = Languages.FromLocale(culture.Name) ?? Languages.French;
        var flow = payload.Flow is null ? null : _flows.Current.Find(payload.Flow);
        if (payload.Flow is not null && flow?.Triggers.Payload is null)
        {
            return Task.FromResult<ProactiveMessage?>(null);
        }

        var text = (language == Languages.English ? payload.En : payload.Fr)
            ?? _localizer.Get(language, "flow.scheduled.invite", new { title = flow?.Title.In(language) ?? string.Empty });
        var message = MessageFactory.Text(text);
        message.Locale = Languages.LocaleOf(language);
        if (flow is not null)
        {
            var title = flow.Title.In(language);
            message.SuggestedActions = new SuggestedActions
            {
                Actions = [new CardAction(ActionTypes.PostBack, title, value: new JObject { ["payload"] = flow.Triggers.Payload })],
            };
        }

        // An offer the customer did not just ask for: the platforms' marketing rules apply (opt-in outside the window).
        return Task.FromResult<ProactiveMessage?>(new ProactiveMessage(ProactiveCategory.Marketing, [message], Template: null));
    }
}
