using Majordome.Dialogs.Choices;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.Messenger.Rendering;

/// <summary>Builds the Send API's <c>message</c> objects: text, generic, button and receipt templates, within their limits.</summary>
public static class MessengerTemplates
{
    /// <summary>A text message.</summary>
    public static JObject Text(string text) => new() { ["text"] = text };

    /// <summary>One generic element: title and subtitle shortened to 80 characters, at most three buttons.</summary>
    public static JObject Element(string title, string? subtitle, string? imageUrl, JArray buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        var element = new JObject { ["title"] = TitleShortener.Shorten(title, MessengerLimits.MaxElementTextLength) };
        if (!string.IsNullOrWhiteSpace(subtitle))
        {
            element["subtitle"] = TitleShortener.Shorten(subtitle, MessengerLimits.MaxElementTextLength);
        }

        if (MessengerButtons.IsWebUrl(imageUrl))
        {
            element["image_url"] = imageUrl;
        }

        if (buttons.Count > 0)
        {
            element["buttons"] = new JArray(buttons.Take(MessengerLimits.MaxButtons));
        }

        return element;
    }

    /// <summary>Generic templates holding <paramref name="elements"/>, ten per message (the paging beyond ten).</summary>
    public static IEnumerable<JObject> Generic(IReadOnlyList<JObject> elements)
    {
        ArgumentNullException.ThrowIfNull(elements);
        return elements.Chunk(MessengerLimits.MaxGenericElements).Select(page => Template(new JObject
        {
            ["template_type"] = "generic",
            ["elements"] = new JArray(page),
        }));
    }

    /// <summary>A button template: the text shortened to 640 characters and one to three buttons.</summary>
    public static JObject Button(string text, JArray buttons)
    {
        ArgumentNullException.ThrowIfNull(buttons);
        return Template(new JObject
        {
            ["template_type"] = "button",
            // Line breaks are kept when the text fits; only an over-long text is flattened and shortened.
            ["text"] = text.Trim().Length <= MessengerLimits.MaxButtonTemplateTextLength ? text.Trim() : TitleShortener.Shorten(text, MessengerLimits.MaxButtonTemplateTextLength),
            ["buttons"] = new JArray(buttons.Take(MessengerLimits.MaxButtons)),
        });
    }

    /// <summary>A template attachment around <paramref name="payload"/>.</summary>
    public static JObject Template(JObject payload) => new()
    {
        ["attachment"] = new JObject { ["type"] = "template", ["payload"] = payload },
    };
}
