using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;

namespace Majordome.Dialogs.Flows;

/// <summary>
/// The brand's declarative flows and their triggers, as the main dialog routes them: a payload (button or
/// postback), a Messenger ref, a keyword in a message at the menu, or the recognizer's intent (the flow's id).
/// </summary>
public sealed class FlowCatalog
{
    private readonly Dictionary<string, FlowDefinition> _byId;

    /// <summary>Creates the catalog of <paramref name="flows"/> (already validated: ids and triggers unique).</summary>
    public FlowCatalog(IEnumerable<FlowDefinition> flows)
    {
        ArgumentNullException.ThrowIfNull(flows);
        Flows = [.. flows];
        _byId = Flows.ToDictionary(f => f.Id, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>No flows.</summary>
    public static FlowCatalog Empty { get; } = new([]);

    /// <summary>The flows.</summary>
    public IReadOnlyList<FlowDefinition> Flows { get; }

    /// <summary>The flow with <paramref name="id"/>, or null.</summary>
    public FlowDefinition? Find(string? id) => id is not null && _byId.TryGetValue(id, out var flow) ? flow : null;

    /// <summary>The flow whose payload is <paramref name="payload"/> (exact, ignoring case), or null.</summary>
    public FlowDefinition? FindByPayload(string? payload) =>
        string.IsNullOrWhiteSpace(payload) ? null : Flows.FirstOrDefault(f => string.Equals(f.Triggers.Payload, payload.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The flow whose Messenger ref is <paramref name="reference"/>, or null.</summary>
    public FlowDefinition? FindByRef(string? reference) =>
        string.IsNullOrWhiteSpace(reference) ? null : Flows.FirstOrDefault(f => string.Equals(f.Triggers.Ref, reference.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// The flow one of whose keywords <paramref name="text"/> contains as whole words (accents and case ignored),
    /// or null: "un cadeau pour ma mère" contains "cadeau".
    /// </summary>
    public FlowDefinition? FindByKeyword(string? text)
    {
        var words = TextNormalizer.Tokenize(text);
        if (words.Length == 0)
        {
            return null;
        }

        var normalized = " " + string.Join(' ', words) + " ";
        return Flows.FirstOrDefault(f => f.Triggers.Keywords.Any(k =>
            TextNormalizer.Tokenize(k) is { Length: > 0 } keyword && normalized.Contains(" " + string.Join(' ', keyword) + " ", StringComparison.Ordinal)));
    }

    /// <summary>A trigger as it is compared: lower case, without accents or punctuation ("Cadeau !" is "cadeau").</summary>
    public static string Normalize(string? text) => string.Join(' ', TextNormalizer.Tokenize(text));

    /// <summary>The flows' example sentences, labelled with their flow's id, to add to the recognizer's training.</summary>
    public IReadOnlyList<IntentExample> Examples() =>
    [
        .. Flows.Where(f => f.Triggers.Examples is not null).SelectMany(f =>
            f.Triggers.Examples!.Fr.Select(t => new IntentExample(t, f.Id, Localization.Languages.French))
                .Concat(f.Triggers.Examples.En.Select(t => new IntentExample(t, f.Id, Localization.Languages.English)))),
    ];
}
