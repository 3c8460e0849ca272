using Majordome.Dialogs.Anticipation;
using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// Asks the customer whether they agree to receive messages of one topic unasked, as a yes/no question (buttons, or
/// typed: "oui", "ok vas-y", "yes please"). A yes is stored as their consent with the exact question they were shown
/// and the time; a no stores nothing. Either way the step says its answer and the flow goes on.
/// </summary>
/// <param name="Topic">The topic as written (one of <see cref="Topics"/>), kept for the graph and the reports.</param>
/// <param name="Ask">The question per language, {variables} filled: the wording kept with the consent.</param>
/// <param name="Yes">What is said after a yes, per language; null for the shop's own.</param>
/// <param name="No">What is said after a no, per language; null for the shop's own.</param>
/// <param name="Variable">The variable set to true or false with the answer, or null for none.</param>
public sealed record OptInStep(string Topic, LocalizedText Ask, LocalizedText? Yes, LocalizedText? No, string? Variable) : FlowStep
{
    /// <summary>
    /// The topics a flow may ask consent for, each the category of messages it opens. Reminders that suggest a
    /// purchase are offers under the platforms' rules, so they need the same consent as marketing (the shop's own
    /// reorder opt-in records that one too); news about an order or a booking needs none, so it is no topic.
    /// </summary>
    public static readonly IReadOnlyDictionary<string, ProactiveCategory> Topics = new Dictionary<string, ProactiveCategory>(StringComparer.Ordinal)
    {
        ["marketing"] = ProactiveCategory.Marketing,
        ["reminders"] = ProactiveCategory.Marketing,
    };

    /// <summary>The category of messages a yes allows.</summary>
    public ProactiveCategory Category => Topics[Topic];
}
