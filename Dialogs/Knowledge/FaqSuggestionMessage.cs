using Majordome.Dialogs.Content;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Knowledge;

/// <summary>
/// "Is it one of these?" with the closest FAQ questions as buttons, for a question no entry answers with enough
/// confidence (<see cref="FaqKnowledge.Suggest"/>): a button sends its question's exact text, which is answered.
/// </summary>
public static class FaqSuggestionMessage
{
    /// <summary>The message offering <paramref name="entries"/>' questions in <paramref name="language"/>.</summary>
    public static IMessageActivity Create(IReadOnlyList<FaqEntry> entries, string language, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(localizer);
        var message = MessageFactory.Text(localizer.Get(language, "info.suggest"));
        message.Attachments = [QuestionCard(entries, language)];
        return message;
    }

    /// <summary>
    /// The entries' questions as buttons on a card (their full text does not fit in quick replies), each sending
    /// its question's exact words; <paramref name="title"/> above them, if any (an answer's "related questions").
    /// </summary>
    public static Attachment QuestionCard(IEnumerable<FaqEntry> entries, string language, string? title = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var buttons = entries.Select(e => new CardAction(ActionTypes.ImBack, e.Question.In(language), value: e.Question.In(language))).ToList();
        return new HeroCard(text: title, buttons: buttons).ToAttachment();
    }
}
