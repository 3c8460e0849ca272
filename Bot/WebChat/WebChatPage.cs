using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.WebChat;

/// <summary>
/// Renders the chat page and the embed script from their templates (embedded in the assembly, so the page is
/// the same however the bot is started), with the brand's settings from <see cref="WebChatOptions"/> and the
/// visitor's language's strings from the <see cref="Localizer"/>. Every value is encoded for where it goes.
/// </summary>
public sealed class WebChatPage
{
    private static readonly JsonSerializerOptions ScriptJson = new() { Encoder = JavaScriptEncoder.Default };
    private static readonly ConcurrentDictionary<string, string> Assets = new(StringComparer.Ordinal);

    // The page depends only on these settings and on the options and strings fixed at start: each variant is built
    // once (eight at most) instead of on every visit.
    private readonly ConcurrentDictionary<(string Language, bool Embedded, bool LanguageChosen), string> _pages = new();
    private readonly ConcurrentDictionary<string, string> _embedScripts = new(StringComparer.Ordinal);
    private readonly WebChatOptions _options;
    private readonly Localizer _localizer;
    private readonly string _brand;
    private readonly string _html = ReadAsset("chat.html");
    private readonly string _embed = ReadAsset("embed.js");

    /// <summary>Creates the renderer.</summary>
    /// <param name="options">The page's settings.</param>
    /// <param name="brandName">The brand name used when the options name none (Brand:Name).</param>
    /// <param name="localizer">The customer-facing strings.</param>
    public WebChatPage(WebChatOptions options, string brandName, Localizer localizer)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(localizer);
        _options = options;
        _localizer = localizer;
        _brand = string.IsNullOrWhiteSpace(options.BrandName) ? brandName : options.BrandName;
    }

    /// <summary>The brand name shown.</summary>
    public string BrandName => _brand;

    /// <summary>The initials in the bot's avatar: configured, else the first letters of the brand's first two words.</summary>
    public string Initials => !string.IsNullOrWhiteSpace(_options.BotAvatarInitials)
        ? _options.BotAvatarInitials
        : string.Concat(_brand.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(word => word.FirstOrDefault(char.IsLetterOrDigit))
            .Where(initial => initial != default)
            .Take(2)
            .Select(char.ToUpperInvariant));


    /// <summary>One of the page's static assets, read from the assembly once.</summary>
    public static string ReadAsset(string name) => Assets.GetOrAdd(name, ReadEmbedded);

    private static string ReadEmbedded(string name)
    {
        var assembly = typeof(WebChatPage).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Majordome.Bot.WebChat.Assets.{name}")
            ?? throw new InvalidOperationException($"The web chat asset {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// The chat page in <paramref name="language"/>; <paramref name="embedded"/> when shown in a site's panel;
    /// <paramref name="languageChosen"/> when the visitor (or the embedding site) picked the language in the URL.
    /// </summary>
    public string Render(string language, bool embedded, bool languageChosen = false) =>
        _pages.GetOrAdd((language, embedded, languageChosen), key => Build(key.Language, key.Embedded, key.LanguageChosen));

    private string Build(string language, bool embedded, bool languageChosen)
    {
        var other = language == Languages.English ? Languages.French : Languages.English;
        var title = _localizer.GetPlain(language, "webchat.title", new { brand = _brand });

        // Both languages' texts: when the conversation switches language, the page's own texts follow it.
        var texts = new JsonObject();
        foreach (var each in Languages.All)
        {
            texts[each] = PageTexts(each, embedded);
        }

        var settings = new JsonObject
        {
            ["language"] = language,
            ["locale"] = Languages.LocaleOf(language),
            ["languageChosen"] = languageChosen,
            ["tokenUrl"] = "/api/webchat/token",
            ["directLinePath"] = "/v3/directline",
            ["bundleUrl"] = _options.BundleUrl,
            ["texts"] = texts,
            ["styleOptions"] = StyleOptions(),
        };
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = language,
            ["title"] = title,
            ["brand"] = _brand,
            ["accent"] = _options.AccentColor,
            ["initials"] = Initials,
            ["bundleUrl"] = _options.BundleUrl,
            ["bundleIntegrity"] = _options.EffectiveBundleIntegrity,
            ["switchHref"] = SwitchHref(other, embedded),
            ["switchLang"] = other,
            ["switchLabel"] = _localizer.Get(language, "webchat.switchLanguage"),
            ["connecting"] = _localizer.Get(language, "webchat.connecting"),
            ["bodyClass"] = embedded ? "embedded" : "standalone",
        };

        var html = _html;
        foreach (var (key, value) in values)
        {
            html = html.Replace("{{" + key + "}}", HtmlEncoder.Default.Encode(value), StringComparison.Ordinal);
        }

        // JSON inside <script>: the JavaScript encoder escapes <, > and &, so no value can close the element.
        return html.Replace("{{settings}}", settings.ToJsonString(ScriptJson), StringComparison.Ordinal);
    }

    private static string SwitchHref(string to, bool embedded) => "?lang=" + to + (embedded ? "&embed=1" : string.Empty);

    /// <summary>The page's own texts in <paramref name="language"/>, with the link to the other language.</summary>
    private JsonObject PageTexts(string language, bool embedded)
    {
        var other = language == Languages.English ? Languages.French : Languages.English;
        return new JsonObject
        {
            ["locale"] = Languages.LocaleOf(language),
            ["title"] = _localizer.GetPlain(language, "webchat.title", new { brand = _brand }),
            ["switchLabel"] = _localizer.GetPlain(language, "webchat.switchLanguage"),
            ["switchHref"] = SwitchHref(other, embedded),
            ["switchLang"] = other,
            ["connecting"] = _localizer.GetPlain(language, "webchat.connecting"),
            ["error"] = _localizer.GetPlain(language, "webchat.error"),
        };
    }

    /// <summary>The embed script with the button's strings in both languages and the brand colour.</summary>
    public string RenderEmbedScript(string defaultLanguage) => _embedScripts.GetOrAdd(defaultLanguage, BuildEmbedScript);

    private string BuildEmbedScript(string defaultLanguage)
    {
        var strings = new JsonObject();
        foreach (var language in Languages.All)
        {
            strings[language] = new JsonObject
            {
                ["open"] = _localizer.GetPlain(language, "webchat.open", new { brand = _brand }),
                ["close"] = _localizer.Get(language, "webchat.close"),
            };
        }

        return _embed
            .Replace("__STRINGS__", strings.ToJsonString(ScriptJson), StringComparison.Ordinal)
            .Replace("__ACCENT__", JsonSerializer.Serialize(_options.AccentColor, ScriptJson), StringComparison.Ordinal)
            .Replace("__DEFAULT_LANG__", JsonSerializer.Serialize(defaultLanguage, ScriptJson), StringComparison.Ordinal);
    }

    private JsonObject StyleOptions()
    {
        var style = new JsonObject
        {
            ["accent"] = _options.AccentColor,
            ["bubbleBackground"] = _options.BotBubbleColor,
            ["bubbleTextColor"] = _options.BotBubbleTextColor,
            ["bubbleBorderRadius"] = 12,
            ["bubbleFromUserBackground"] = _options.AccentColor,
            ["bubbleFromUserTextColor"] = _options.UserBubbleTextColor,
            ["bubbleFromUserBorderRadius"] = 12,
            ["botAvatarInitials"] = Initials,
            ["suggestedActionLayout"] = "flow",
            ["suggestedActionBackgroundColor"] = "white",
            ["suggestedActionBorderColor"] = _options.AccentColor,
            ["suggestedActionTextColor"] = _options.AccentColor,

            // Web Chat derives the Adaptive Cards host config from these: accent texts and links in the accent,
            // emphasis containers in the bot bubble's colour, card buttons in the accent (filled once pressed).
            // Passing a host config of our own would replace Web Chat's whole default (vertical actions, fonts).
            ["cardEmphasisBackgroundColor"] = _options.BotBubbleColor,
            ["cardPushButtonBackgroundColor"] = _options.AccentColor,
            ["cardPushButtonTextColor"] = _options.UserBubbleTextColor,
            ["sendBoxButtonColor"] = _options.AccentColor,

            // Attachments are refused by the endpoint: do not offer to send any.
            ["hideUploadButton"] = true,
            ["rootHeight"] = "100%",
            ["rootWidth"] = "100%",
        };
        if (!string.IsNullOrWhiteSpace(_options.BotAvatarImage))
        {
            style["botAvatarImage"] = _options.BotAvatarImage;
        }

        return style;
    }
}
