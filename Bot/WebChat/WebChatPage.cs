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

    /// <summary>The Web Chat locale of a language ("fr" → "fr-FR").</summary>
    public static string LocaleOf(string language) => language == Languages.English ? "en-US" : "fr-FR";

    /// <summary>Reads one of the page's static assets.</summary>
    public static string ReadAsset(string name)
    {
        var assembly = typeof(WebChatPage).Assembly;
        using var stream = assembly.GetManifestResourceStream($"Majordome.Bot.WebChat.Assets.{name}")
            ?? throw new InvalidOperationException($"The web chat asset {name} is not embedded in {assembly.GetName().Name}.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The chat page in <paramref name="language"/>; <paramref name="embedded"/> when shown in a site's panel.</summary>
    public string Render(string language, bool embedded)
    {
        var other = language == Languages.English ? Languages.French : Languages.English;
        var title = _localizer.GetPlain(language, "webchat.title", new { brand = _brand });
        var settings = new JsonObject
        {
            ["locale"] = LocaleOf(language),
            ["tokenUrl"] = "/api/webchat/token",
            ["directLinePath"] = "/v3/directline",
            ["bundleUrl"] = _options.BundleUrl,
            ["strings"] = new JsonObject { ["error"] = _localizer.Get(language, "webchat.error") },
            ["styleOptions"] = StyleOptions(),
        };
        var switchHref = "?lang=" + other + (embedded ? "&embed=1" : string.Empty);
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["lang"] = language,
            ["title"] = title,
            ["brand"] = _brand,
            ["accent"] = _options.AccentColor,
            ["initials"] = Initials,
            ["bundleUrl"] = _options.BundleUrl,
            ["switchHref"] = switchHref,
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

    /// <summary>The embed script with the button's strings in both languages and the brand colour.</summary>
    public string RenderEmbedScript(string defaultLanguage)
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
