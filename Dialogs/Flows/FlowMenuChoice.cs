using Majordome.Dialogs.Choices;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Flows;

/// <summary>A flow's entry in the main menu: its value is the flow's id, which the menu starts as it would a goto.</summary>
public static class FlowMenuChoice
{
    /// <summary>The entry of <paramref name="flow"/> (placed in the menu) in <paramref name="language"/>; its title in the other language is understood too.</summary>
    public static Choice Of(FlowDefinition flow, string language)
    {
        ArgumentNullException.ThrowIfNull(flow);
        var title = (flow.Menu?.Title ?? flow.Title).In(language);
        var synonyms = new[] { flow.Menu?.Title.Fr, flow.Menu?.Title.En, flow.Title.Fr, flow.Title.En }.OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        return new Choice(flow.Id, synonyms) { Action = new CardAction(ActionTypes.ImBack, title, value: title) };
    }
}
