using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>Reads faq.yaml: the entries, with unique ids and "related" links that resolve.</summary>
internal static class FaqReader
{
    /// <summary>The file name inside the content folder.</summary>
    public const string FileName = "faq.yaml";

    /// <summary>The entries, or null when a problem was reported.</summary>
    public static IReadOnlyList<FaqEntry>? Read(YamlValue root)
    {
        var top = root.AsMapping();
        if (top is null)
        {
            return null;
        }

        top.AllowOnly(["entries"]);
        var list = top.Required("entries");
        var items = list?.AsList();
        if (list is null || items is null)
        {
            return null;
        }

        if (items.Count == 0)
        {
            return list.Report<IReadOnlyList<FaqEntry>>("the FAQ has no entries: write at least one question and its answer.");
        }

        var ids = new IdRegistry("FAQ id");
        var entries = items.Select(item => FaqEntryReader.Read(item, ids)).ToList();
        ids.CheckReferences();
        return entries.Any(e => e is null) ? null : [.. entries.Select(e => e!)];
    }
}
