using System.Text.RegularExpressions;
using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Understanding;

namespace Majordome.Bot.Content.Flows;

/// <summary>Reads one flow file (brand/flows/*.yaml): its id, title, triggers and steps.</summary>
internal static partial class FlowFileReader
{
    private static readonly string[] Keys = ["id", "title", "triggers", "steps", "inputs", "menu"];
    private static readonly string[] TriggerKeys = ["examples", "keywords", "payload", "ref"];

    // The menu and the recognizer's built-in intents: a flow with one of these ids would never be reached.
    private static readonly string[] ReservedIds =
    [
        FlowTargets.Menu, Intents.Information, Intents.Shop, Intents.Book, Intents.MyBookings, Intents.Orders, Intents.Human, Intents.None,
    ];

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex FlowId();

    /// <summary>The flow, or null when a problem was reported.</summary>
    public static FlowDefinition? Read(YamlValue root, FlowReferences references, string version)
    {
        var top = root.AsMapping();
        if (top is null)
        {
            return null;
        }

        top.AllowOnly([.. Keys, .. FlowExperimentReader.Keys], name => FlowStepReader.Kinds.Contains(name)
            ? $"\"{name}\" is a step: put it in the list under steps:, as - {name}: …"
            : null);
        var idValue = top.Required("id", "\"id\" is missing: give the flow a short id in lower case, such as id: gift-finder.");
        var id = idValue?.AsText();
        if (id is not null && !FlowId().IsMatch(id))
        {
            id = idValue!.Report<string>($"\"{id}\" is not a valid flow id: use lower-case letters, digits and dashes, such as gift-finder.");
        }
        else if (id is not null && ReservedIds.Contains(id))
        {
            id = idValue!.Report<string>($"\"{id}\" is the id of a built-in flow (reserved: {string.Join(", ", ReservedIds)}): choose another id.");
        }

        if (id is not null)
        {
            references.Id = (id, idValue!);
        }

        var title = top.Required("title", "\"title\" is missing: name the flow in French (fr) and English (en).")?.AsLocalized();
        var triggers = top.Optional("triggers") is { } t ? ReadTriggers(t, references) : FlowTriggers.None;
        var experiment = FlowExperimentReader.Read(top, id, references, out var badExperiment);
        var inputs = ReadInputs(top.Optional("inputs"), references);
        var placement = top.Optional("menu") is { } menuValue && title is not null ? ReadPlacement(menuValue, title, references) : null;
        var stepsValue = top.Required("steps", "\"steps\" is missing: list what the flow does, such as - say: { fr: …, en: … }.");
        IReadOnlyList<FlowStep>? steps = null;
        if (stepsValue is not null)
        {
            var scope = new FlowScope(references.Variants is null ? inputs : [.. inputs ?? [], Majordome.Dialogs.Flows.Experiments.FlowExperiment.VariantVariable]);
            steps = FlowStepReader.ReadBlock(stepsValue, scope, references);
            references.SetAtEnd = [.. scope.Names];
            if (steps is { Count: 0 })
            {
                steps = stepsValue.Report<IReadOnlyList<FlowStep>>("the flow has no steps: write at least one.");
            }
        }

        var badPlacement = top.Optional("menu") is not null && placement is null;
        return id is null || title is null || triggers is null || steps is null || inputs is null || badPlacement || badExperiment
            ? null
            : new FlowDefinition(id, title, triggers, steps, version) { Inputs = inputs, Menu = placement, Experiment = experiment };
    }

    private static FlowTriggers? ReadTriggers(YamlValue value, FlowReferences references)
    {
        var map = value.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(TriggerKeys);
        var examplesValue = map.Optional("examples");
        var examples = examplesValue?.AsLocalizedPhrases();
        if (examples is not null)
        {
            AddPhrases(examplesValue!, "example", references);
        }

        var keywordsValue = map.Optional("keywords");
        var keywordItems = keywordsValue?.AsList() ?? [];
        var keywords = keywordItems.Select(k => k.AsText()).ToList();
        var hijacks = false;
        foreach (var (keyword, at) in keywords.Zip(keywordItems))
        {
            if (keyword is not null && BuiltInConversationWords.ConversationOf(keyword) is { } conversation)
            {
                // At the menu a keyword wins over the built-in conversations: this one would take their customers.
                at.Report($"\"{keyword}\" already starts the built-in {conversation} conversation: a flow keyword equal to it would take that conversation's customers. Choose a word of your own (the flow's theme), or teach whole phrases with examples:.");
                hijacks = true;
            }
            else if (keyword is not null)
            {
                references.Triggers.Add(("keyword", Normalize(keyword), at));
            }
        }

        var payloadValue = map.Optional("payload");
        var payload = payloadValue?.AsText();
        if (payload is not null)
        {
            references.Triggers.Add(("payload", payload.ToUpperInvariant(), payloadValue!));
        }

        var refValue = map.Optional("ref");
        var reference = refValue?.AsText();
        if (reference is not null)
        {
            references.Triggers.Add(("ref", reference.ToUpperInvariant(), refValue!));
        }

        var failed = hijacks || (examplesValue is not null && examples is null) || keywords.Any(k => k is null)
            || (keywordsValue is not null && keywordsValue.AsList() is null)
            || (payloadValue is not null && payload is null) || (refValue is not null && reference is null);
        return failed ? null : new FlowTriggers(examples, [.. keywords.Select(k => k!)], payload, reference);
    }

    private static void AddPhrases(YamlValue examples, string kind, FlowReferences references)
    {
        foreach (var language in Languages.All)
        {
            var list = examples.AsMapping()?.Optional(language)?.AsList() ?? [];
            foreach (var item in list)
            {
                if (item.AsText() is { } text)
                {
                    references.Triggers.Add((kind, Normalize(text), item));
                }
            }
        }
    }

    private static string Normalize(string text) => FlowCatalog.Normalize(text);
}
