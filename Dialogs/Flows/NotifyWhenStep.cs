using Majordome.Dialogs.Content;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// Puts the customer on the waiting list of a sold-out product, the same list as the shop's "Prévenez-moi": they are
/// written to once when it is back in stock, and the words shown here are kept as their consent to that one message.
/// A product in stock puts nobody on the list; the customer is told it is available. The flow goes on either way.
/// </summary>
/// <param name="BackInStock">The product's sku, or a text with {variables} that gives it when the step runs (such as "{product}").</param>
/// <param name="Say">The confirmation per language, {variables} filled; null for the shop's own ("C'est noté : je vous préviendrai…").</param>
public sealed record NotifyWhenStep(string BackInStock, LocalizedText? Say) : FlowStep
{
    /// <summary>The confirmation per variant, or null; <see cref="Say"/> is then the first variant's.</summary>
    public IReadOnlyList<Experiments.VariantText>? SayByVariant { get; init; }
}
