using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;

namespace Majordome.Bot.Content;

/// <summary>Reads one entry of faq.yaml.</summary>
internal static class FaqEntryReader
{
    private static readonly string[] Keys = ["id", "topic", "question", "alternatives", "answer", "related"];

    private static readonly Dictionary<string, FaqTopic> Topics =
        Enum.GetValues<FaqTopic>().ToDictionary(t => t.ToString().ToLowerInvariant());

    /// <summary>The entry, or null when a problem was reported.</summary>
    public static FaqEntry? Read(YamlValue item, IdRegistry ids)
    {
        var map = item.AsMapping();
        if (map is null)
        {
            return null;
        }

        map.AllowOnly(Keys);
        var idValue = map.Required("id");
        var id = idValue?.AsText();
        if (id is not null)
        {
            ids.Declare(id, idValue!);
        }

        var topic = map.Required("topic")?.AsChoice("topic", Topics);
        var question = map.Required("question")?.AsLocalized();
        var alternatives = map.Required("alternatives")?.AsLocalizedPhrases();
        var answer = map.Required("answer")?.AsLocalized();
        var related = ids.ReadReferences(map.Optional("related"), id);

        return id is null || topic is null || question is null || alternatives is null || answer is null || related is null
            ? null
            : new FaqEntry(id, topic.Value, question, alternatives, answer, related);
    }
}
