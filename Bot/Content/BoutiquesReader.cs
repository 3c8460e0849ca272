using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>Reads boutiques.yaml: the list of boutiques, with unique ids.</summary>
internal static class BoutiquesReader
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "boutiques.yaml";

    /// <summary>The boutiques, or null when a problem was reported.</summary>
    public static IReadOnlyList<Boutique>? Read(YamlValue root)
    {
        var top = root.AsMapping();
        if (top is null)
        {
            return null;
        }

        top.AllowOnly(["boutiques"]);
        var list = top.Required("boutiques");
        var items = list?.AsList();
        if (list is null || items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            return list.Report<IReadOnlyList<Boutique>>("there are no boutiques: write at least one, where customers pick up and taste.");
        }

        var ids = new IdRegistry("boutique id");
        var boutiques = items.Select(item => BoutiqueReader.Read(item, ids)).ToList();
        return boutiques.Any(b => b is null) ? null : [.. boutiques.Select(b => b!)];
    }
}
