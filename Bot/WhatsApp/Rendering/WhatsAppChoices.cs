using Majordome.Bot.Messenger.Rendering;
using Majordome.Dialogs.Choices;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Majordome.Bot.WhatsApp.Rendering;

/// <summary>
/// Choices (suggested actions, a hero card's buttons) as WhatsApp shows them: up to 3 reply buttons of 20
/// characters, up to 10 list rows of 24 characters, otherwise a numbered text the customer answers by typing a
/// number (the choice prompt understands numbers). A button's or row's id is the choice's value, what the customer
/// "says" by tapping it.
/// </summary>
public static class WhatsAppChoices
{
    /// <summary>One choice: what it shows and the id that comes back.</summary>
    public sealed record Option(string Title, string Id);

    /// <summary>The tappable choices of <paramref name="actions"/> (links are left to the caller).</summary>
    public static IReadOnlyList<Option> From(IEnumerable<CardAction>? actions)
    {
        var options = new List<Option>();
        foreach (var action in actions ?? [])
        {
            if (action.Type == ActionTypes.OpenUrl)
            {
                continue;
            }

            var title = action.Title ?? action.Text ?? action.Value?.ToString() ?? string.Empty;
            var id = action.Value is null ? title : MessengerButtons.Payload(JToken.FromObject(action.Value));
            if (!string.IsNullOrWhiteSpace(title))
            {
                options.Add(new Option(title, id.Length is > 0 and <= WhatsAppLimits.MaxRowId ? id : title));
            }
        }

        return options;
    }

    /// <summary>
    /// The interactive message asking <paramref name="body"/> with <paramref name="options"/>, or null when they do
    /// not fit buttons or a list (too many, titles too long, titles alike): the caller then numbers them in text.
    /// </summary>
    public static JObject? Interactive(string body, IReadOnlyList<Option> options, string listButton)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (options.Count == 0 || options.Select(o => o.Title).Distinct(StringComparer.Ordinal).Count() != options.Count)
        {
            return null;
        }

        if (options.Count <= WhatsAppLimits.MaxButtons && options.All(o => o.Title.Length <= WhatsAppLimits.MaxButtonTitle))
        {
            return new JObject
            {
                ["type"] = "interactive",
                ["interactive"] = new JObject
                {
                    ["type"] = "button",
                    ["body"] = new JObject { ["text"] = body },
                    ["action"] = new JObject
                    {
                        ["buttons"] = new JArray(options.Select(o => new JObject
                        {
                            ["type"] = "reply",
                            ["reply"] = new JObject { ["id"] = o.Id, ["title"] = o.Title },
                        })),
                    },
                },
            };
        }

        if (options.Count <= WhatsAppLimits.MaxListRows && options.All(o => o.Title.Length <= WhatsAppLimits.MaxRowTitle))
        {
            return new JObject
            {
                ["type"] = "interactive",
                ["interactive"] = new JObject
                {
                    ["type"] = "list",
                    ["body"] = new JObject { ["text"] = body },
                    ["action"] = new JObject
                    {
                        ["button"] = TitleShortener.Shorten(listButton, WhatsAppLimits.MaxButtonTitle),
                        ["sections"] = new JArray(new JObject
                        {
                            ["rows"] = new JArray(options.Select(o => new JObject { ["id"] = o.Id, ["title"] = o.Title })),
                        }),
                    },
                },
            };
        }

        return null;
    }

    /// <summary>"1. a\n2. b…": choices the customer answers by typing their number or title.</summary>
    public static string Numbered(IReadOnlyList<Option> options) =>
        string.Join('\n', options.Select((o, i) => $"{i + 1}. {o.Title}"));
}
