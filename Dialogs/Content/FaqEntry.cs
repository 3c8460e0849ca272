namespace Majordome.Dialogs.Content;

/// <summary>One question customers ask, with its answer, as written in brand/faq.yaml.</summary>
/// <param name="Id">The stable identifier other entries refer to.</param>
/// <param name="Topic">What it is about.</param>
/// <param name="Question">The question as shown to customers.</param>
/// <param name="Alternatives">Other ways customers ask it, used to recognise the question.</param>
/// <param name="Answer">The answer.</param>
/// <param name="Related">The ids of entries to suggest next.</param>
public sealed record FaqEntry(
    string Id,
    FaqTopic Topic,
    LocalizedText Question,
    LocalizedPhrases Alternatives,
    LocalizedText Answer,
    IReadOnlyList<string> Related);
