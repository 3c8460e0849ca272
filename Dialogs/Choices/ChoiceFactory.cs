using Majordome.Dialogs.Channels;
using Majordome.Dialogs.Localization;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Majordome.Dialogs.Choices;

/// <summary>
/// Renders a question with its choices the way the channel shows best (Bot Framework's <c>ChoiceFactory</c>):
/// suggested actions where supported, a hero card where only card buttons are, an inline or numbered text list
/// otherwise or when a title is too long for the channel's buttons (<see cref="TitlesFit"/>).
/// </summary>
public static class ChoiceFactory
{
    /// <summary>Renders with the given style, <see cref="ListStyle.Auto"/> choosing per channel.</summary>
    public static IMessageActivity Render(ChannelCapabilities channel, IList<Choice> choices, string? text, string language, ListStyle style, Localizer localizer, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(localizer);
        return style switch
        {
            ListStyle.None => MessageFactory.Text(text ?? string.Empty, inputHint: InputHints.ExpectingInput),
            ListStyle.Inline => Inline(choices, text, language, localizer),
            ListStyle.List => List(choices, text),
            ListStyle.SuggestedAction => SuggestedAction(choices, text),
            ListStyle.HeroCard => HeroCard(choices, text),
            _ => ForChannel(channel, choices, text, language, localizer, conversationType),
        };
    }

    /// <summary>Chooses the style from the channel's capabilities and the titles' lengths.</summary>
    public static IMessageActivity ForChannel(ChannelCapabilities channel, IList<Choice> choices, string? text, string language, Localizer localizer, string? conversationType = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(choices);
        var longTitles = !TitlesFit(channel, choices);
        if (!longTitles && channel.ShowsSuggestedActions(choices.Count, conversationType))
        {
            return SuggestedAction(choices, text);
        }

        if (!longTitles && channel.ShowsCardActions(choices.Count))
        {
            return HeroCard(choices, text);
        }

        return choices.Count <= 3 ? Inline(choices, text, language, localizer) : List(choices, text);
    }

    /// <summary>
    /// True when every title can be a button on the channel: it fits the channel's limit, or the channel's renderer
    /// shortens it ("Pick up in a…" on Messenger, the payload keeping "Pick up in a boutique") and the shortened
    /// titles still tell the choices apart. Buttons beat a numbered list: one tap, and the full value is sent.
    /// </summary>
    public static bool TitlesFit(ChannelCapabilities channel, IList<Choice> choices)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(choices);
        if (channel.MaxActionTitleLength is not { } max || choices.All(c => c.Title.Length <= max))
        {
            return true;
        }

        if (!channel.ShortensLongTitles)
        {
            return false;
        }

        var shown = choices.Select(c => TitleShortener.Shorten(c.Title, max)).ToList();
        return shown.Distinct(StringComparer.OrdinalIgnoreCase).Count() == shown.Count;
    }

    /// <summary>"text (1) a, (2) b or (3) c", with "or" in the user's language.</summary>
    public static IMessageActivity Inline(IList<Choice> choices, string? text, string language, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(choices);
        ArgumentNullException.ThrowIfNull(localizer);
        var items = choices.Select((c, i) => $"({i + 1}) {c.Title}").ToList();
        var or = $" {localizer.Get(language, "choice.or")} ";
        var joined = items.Count <= 1
            ? string.Concat(items)
            : string.Join(", ", items.Take(items.Count - 1)) + or + items[^1];
        return MessageFactory.Text($"{text} {joined}".Trim(), inputHint: InputHints.ExpectingInput);
    }

    /// <summary>A numbered list, one choice per line.</summary>
    public static IMessageActivity List(IList<Choice> choices, string? text)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var lines = choices.Select((c, i) => $"{i + 1}. {c.Title}");
        var body = string.Join("\n", lines);
        return MessageFactory.Text(string.IsNullOrEmpty(text) ? body : $"{text}\n\n{body}", inputHint: InputHints.ExpectingInput);
    }

    /// <summary>The text with one suggested action per choice.</summary>
    public static IMessageActivity SuggestedAction(IList<Choice> choices, string? text)
    {
        ArgumentNullException.ThrowIfNull(choices);
        return MessageFactory.SuggestedActions(ToActions(choices), text, ssml: null, inputHint: InputHints.ExpectingInput, toList: null);
    }

    /// <summary>A hero card carrying the text and one button per choice.</summary>
    public static IMessageActivity HeroCard(IList<Choice> choices, string? text)
    {
        ArgumentNullException.ThrowIfNull(choices);
        var card = new HeroCard(text: text, buttons: ToActions(choices));
        return MessageFactory.Attachment(card.ToAttachment(), inputHint: InputHints.ExpectingInput);
    }

    /// <summary>The button of each choice: its own action, or an imBack that sends its value.</summary>
    public static IList<CardAction> ToActions(IEnumerable<Choice> choices) =>
        choices.Select(c => c.Action ?? new CardAction(ActionTypes.ImBack, c.Value, value: c.Value)).ToList();
}
