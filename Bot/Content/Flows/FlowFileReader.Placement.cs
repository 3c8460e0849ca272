using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.Content.Flows;

/// <summary>A flow's inputs (what a calling flow gives it) and its place in the menus.</summary>
internal static partial class FlowFileReader
{
    /// <summary>The surfaces a flow may appear on (<c>show-in:</c>).</summary>
    public static readonly string[] Surfaces = ["menu", "persistent-menu", "ice-breakers"];

    /// <summary>The most characters of a title a button shows whole (a quick reply on Messenger, a button on WhatsApp).</summary>
    public const int MaxButtonTitle = 20;

    /// <summary>The most characters of a Messenger persistent-menu item's title (MESSENGER.md §4).</summary>
    public const int MaxPersistentMenuTitle = 30;

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial System.Text.RegularExpressions.Regex InputName();

    /// <summary>The inputs, set before the first step; null after reporting a problem.</summary>
    private static List<string>? ReadInputs(YamlValue? value, FlowReferences references)
    {
        if (value is null)
        {
            return [];
        }

        var items = value.AsList();
        if (items is null)
        {
            return null;
        }

        var inputs = new List<string>();
        foreach (var item in items)
        {
            var name = item.AsText();
            if (name is not null && !InputName().IsMatch(name))
            {
                name = item.Report<string>($"\"{name}\" is not a valid variable name: use letters, digits and _ only, starting with a letter (like machine_model).");
            }

            if (name is not null)
            {
                inputs.Add(name);
                references.Inputs.Add((name, item));
            }
        }

        return inputs.Count == items.Count ? inputs : null;
    }

    /// <summary>The flow's place in the menus, or null after reporting a problem.</summary>
    private static FlowPlacement? ReadPlacement(YamlValue value, LocalizedText flowTitle, FlowReferences references)
    {
        var map = value.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(["order", "title", "show-in", "ice-breaker"]);
        var orderValue = map.Required("order", "\"order\" is missing: say where the flow goes in the menus, such as order: 4 (information is 1, shop 2, book 3).");
        var order = orderValue?.AsInt();
        if (order is < 1 or > 99)
        {
            orderValue!.Report("order must be a whole number from 1 to 99 (information is 1, shop 2, book 3).");
            order = null;
        }

        var titleValue = map.Optional("title");
        var title = titleValue is null ? flowTitle : titleValue.AsLocalized();
        var question = map.Optional("ice-breaker") is { } questionValue ? questionValue.AsLocalized() : null;
        var showInValue = map.Optional("show-in");
        var surfaces = showInValue is null ? null : ReadSurfaces(showInValue);
        var failed = order is null || title is null || (titleValue is not null && title is null) || (showInValue is not null && surfaces is null)
            || (map.Optional("ice-breaker") is not null && question is null);
        surfaces ??= question is null ? ["menu", "persistent-menu"] : [.. Surfaces];
        if (surfaces.Contains("ice-breakers") && question is null && !failed)
        {
            (showInValue ?? value).Report("an ice breaker is a question the customer taps: add ice-breaker: with the question in fr and en, such as ice-breaker: { fr: Une idée cadeau ?, en: Looking for a gift? }.");
            failed = true;
        }
        else if (!surfaces.Contains("ice-breakers") && question is not null)
        {
            map.Optional("ice-breaker")!.Warn("show-in does not list ice-breakers, so this question is not shown: add ice-breakers to show-in, or delete the question.");
        }

        if (title is not null && !failed)
        {
            CheckTitleLength(titleValue ?? value, title, surfaces);
        }

        if (failed)
        {
            return null;
        }

        var placement = new FlowPlacement(order!.Value, title!, surfaces.Contains("menu"), surfaces.Contains("persistent-menu"), surfaces.Contains("ice-breakers") ? question : null);
        references.Placement = (placement, value);
        return placement;
    }

    private static List<string>? ReadSurfaces(YamlValue value)
    {
        var items = value.AsList();
        if (items is null)
        {
            return null;
        }

        var surfaces = new List<string>();
        foreach (var item in items)
        {
            var name = item.AsText();
            if (name is not null && !Surfaces.Contains(name))
            {
                var guess = KeySuggestion.Closest(name, Surfaces);
                var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
                name = item.Report<string>($"\"{name}\" is not a place a flow can appear: write one or more of {string.Join(", ", Surfaces)}.{hint}");
            }

            if (name is not null)
            {
                surfaces.Add(name);
            }
        }

        if (items.Count == 0)
        {
            return value.Report<List<string>>($"show-in needs at least one of {string.Join(", ", Surfaces)}.");
        }

        return surfaces.Count == items.Count ? surfaces : null;
    }

    /// <summary>A title too long for Messenger's persistent menu is refused (Messenger would cut it); one too long for a button is a warning.</summary>
    private static void CheckTitleLength(YamlValue at, LocalizedText title, IReadOnlyCollection<string> surfaces)
    {
        foreach (var language in Languages.All)
        {
            var text = title.In(language);
            if (surfaces.Contains("persistent-menu") && text.Length > MaxPersistentMenuTitle)
            {
                at.Report($"the menu title \"{text}\" has {text.Length} characters: Messenger's persistent menu shows at most {MaxPersistentMenuTitle}. Shorten it (menu: {{ title: … }} may differ from the flow's title).");
            }
            else if (surfaces.Contains("menu") && text.Length > MaxButtonTitle)
            {
                at.Warn($"the menu title \"{text}\" has {text.Length} characters: a button shows at most {MaxButtonTitle} on Messenger and WhatsApp, where it is cut with \"…\". Shorten it (menu: {{ title: … }} may differ from the flow's title).");
            }
        }
    }
}
