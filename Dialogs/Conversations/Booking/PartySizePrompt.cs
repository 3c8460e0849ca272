using Majordome.Dialogs.Localization;
using Majordome.Dialogs.Prompts;
using Majordome.Dialogs.Recognition;
using Majordome.Dialogs.Understanding;

namespace Majordome.Dialogs.Conversations.Booking;

/// <summary>
/// "For how many people?": a number, or the way people say it ("nous serons 4", "ma femme et moi", "just me"). A
/// question typed here is not an answer, even with a number or an article in it ("c'est quoi une table de
/// dégustation ?" is not a party of 1, "can more than 8 people come?" not a party of 8): it goes on to be answered
/// in place, and the question is asked again.
/// </summary>
public sealed class PartySizePrompt : NumberPrompt<int>
{
    /// <summary>Creates the prompt.</summary>
    public PartySizePrompt(string dialogId, Localizer? localizer = null)
        : base(dialogId, localizer: localizer)
    {
    }

    /// <inheritdoc />
    protected override decimal? ReadNumber(string? text, string language)
    {
        // "2 ?" is still an answer: a question has a few words.
        var question = TextNormalizer.Tokenize(text).Length >= 3 && MessageContent.IsQuestion(text);
        return question ? null : PartySizeReader.Read(text) ?? base.ReadNumber(text, language);
    }
}
