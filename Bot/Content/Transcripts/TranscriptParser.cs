using System.Text.RegularExpressions;
using Majordome.Dialogs.Localization;

namespace Majordome.Bot.Content.Transcripts;

/// <summary>
/// Reads the transcript format: one <c>keyword: text</c> per line (language, channels, goal, user, click, bot, card, buttons),
/// <c>#</c> comment lines, blank lines ignored, and a trailing comment after " # ". Every bad line is reported
/// with its line number and a plain message, all at once.
/// </summary>
public static partial class TranscriptParser
{
    /// <summary>The keywords a line may start with.</summary>
    public static IReadOnlyList<string> Keywords { get; } = ["language", "channels", "goal", "variant", "clock", "stub", "user", "click", "attach", "bot", "card", "image", "buttons"];

    /// <summary>
    /// The channels a transcript may name: what a customer meets differs by channel (cards or text, how many
    /// buttons), so a conversation can be checked on each.
    /// </summary>
    public static IReadOnlyList<string> KnownChannels { get; } = ["webchat", "directline", "emulator", "facebook", "instagram", "whatsapp"];

    /// <summary>Reads the file at <paramref name="path"/>; <paramref name="name"/> is how reports call it.</summary>
    public static TranscriptParseResult ReadFile(string path, string? name = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        return Parse(File.ReadAllText(path), name ?? Path.GetFileName(path));
    }

    /// <summary>Reads <paramref name="text"/>, the content of the file named <paramref name="file"/>.</summary>
    public static TranscriptParseResult Parse(string text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentException.ThrowIfNullOrWhiteSpace(file);
        var problems = new List<ContentProblem>();
        var steps = new List<TranscriptStep>();
        string? language = null;
        List<string>? channels = null;
        string? goal = null;
        string? variant = null;
        DateTimeOffset? clock = null;
        var stubs = new Dictionary<string, string?>(StringComparer.Ordinal);
        var lines = text.Split('\n');
        for (var index = 0; index < lines.Length; index++)
        {
            var number = index + 1;
            var line = WithoutComment(lines[index].TrimEnd('\r')).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            var keyword = colon > 0 ? line[..colon].Trim().ToLowerInvariant() : string.Empty;
            var value = colon > 0 ? line[(colon + 1)..].Trim() : string.Empty;
            void Report(string message) => problems.Add(new ContentProblem(file, number, 1, keyword, message));

            switch (keyword)
            {
                case "language" when steps.Count > 0 || language is not null:
                    Report("\"language:\" must come once, before the first user or bot line.");
                    break;
                case "language":
                    language = Languages.FromLocale(value) is { } known && value.Length == 2 ? known : null;
                    if (language is null)
                    {
                        Report($"\"{value}\" is not a language the bot speaks: write language: fr or language: en.");
                    }

                    break;
                case "channels" when steps.Count > 0 || channels is not null:
                    Report("\"channels:\" must come once, before the first user or bot line.");
                    break;
                case "channels":
                    channels = [.. value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(c => c.ToLowerInvariant())];
                    if (channels.Count == 0 || channels.Any(c => !KnownChannels.Contains(c)))
                    {
                        Report($"\"{value}\" is not a list of channels: write for example channels: webchat, facebook (known: {string.Join(", ", KnownChannels)}).");
                    }

                    break;
                case "goal" when steps.Count > 0 || goal is not null:
                    Report("\"goal:\" must come once, before the first user or bot line.");
                    break;
                case "goal":
                    goal = value.ToLowerInvariant();
                    if (!TranscriptGoals.All.Contains(goal))
                    {
                        Report($"\"{value}\" is not a goal: write one of {string.Join(", ", TranscriptGoals.All.Select(g => "goal: " + g))}.");
                    }

                    break;
                case "variant" when steps.Count > 0 || variant is not null:
                    Report("\"variant:\" must come once, before the first user or bot line.");
                    break;
                case "variant":
                    variant = TranscriptVariant.Read(value, Report);
                    break;
                case "clock" when steps.Count > 0 || clock is not null:
                    Report("\"clock:\" must come once, before the first user or bot line.");
                    break;
                case "clock":
                    clock = DateTimeOffset.TryParseExact(value, ["yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:sszzz"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var at) ? at : null;
                    if (clock is null)
                    {
                        Report($"\"{value}\" is not an instant: write the date, time and offset, such as clock: 2026-11-25T21:30+01:00.");
                    }

                    break;
                case "stub":
                    ReadStubLine(value, stubs, Report);
                    break;
                case "user" when value.Length == 0:
                    Report("\"user:\" needs the message the customer types, such as user: I am looking for a gift.");
                    break;
                case "user":
                    steps.Add(new UserSays(number, value));
                    break;
                case "click" when value.Length == 0:
                    Report("\"click:\" needs the title of the button to click, such as click: My partner.");
                    break;
                case "click":
                    steps.Add(new UserClicks(number, TextPattern.Normalize(value)));
                    break;
                case "bot" when value.Length == 0:
                    Report("\"bot:\" needs the text the bot should say (use * for a part that varies).");
                    break;
                case "bot":
                    ReadBotLine(number, value, steps, Report);
                    break;
                case "attach":
                    ReadAttachLine(number, value, steps, Report);
                    break;
                case "image" when value.Length == 0:
                    Report("\"image:\" needs the picture's alt text (use * for a part that varies), such as image: The Barista machine*.");
                    break;
                case "image":
                    steps.Add(new BotShowsImage(number, TextPattern.Parse(value)));
                    break;
                case "card" when value.Length == 0:
                    Report("\"card:\" needs the name of a card template from Cards/Templates, such as card: product-carousel.");
                    break;
                case "card":
                    steps.Add(new BotShowsCard(number, value));
                    break;
                case "buttons":
                    ReadButtonsLine(number, value, steps, Report);
                    break;
                default:
                    problems.Add(new ContentProblem(file, number, 1, string.Empty,
                        $"this line is not understood: start it with one of {string.Join(", ", Keywords.Select(k => k + ":"))}, or with # for a comment."));
                    break;
            }
        }

        if (problems.Count == 0 && !steps.Any(s => s is UserSays or UserClicks or UserAttaches))
        {
            problems.Add(new ContentProblem(file, 0, 0, string.Empty, "the transcript has no user: line: write what the customer says, then what the bot answers."));
        }

        return problems.Count > 0
            ? new TranscriptParseResult(null, problems)
            : new TranscriptParseResult(new Transcript(file, language ?? Languages.French, steps, channels, goal, stubs.Count == 0 ? null : stubs) { Variant = variant, Clock = clock }, problems);
    }

    /// <summary><c>stub: action → {json}</c> (or <c>-&gt;</c>, or <c>error</c> for a failure): what the action answers in this transcript.</summary>
    private static void ReadStubLine(string value, Dictionary<string, string?> stubs, Action<string> report)
    {
        var arrow = value.IndexOf('→', StringComparison.Ordinal);
        var arrowLength = 1;
        if (arrow < 0)
        {
            arrow = value.IndexOf("->", StringComparison.Ordinal);
            arrowLength = 2;
        }

        if (arrow < 0)
        {
            report("\"stub:\" needs an action and its answer: write stub: webhook → {\"ok\": true} (or -> instead of →), or stub: webhook → error for a failure.");
            return;
        }

        var action = value[..arrow].Trim();
        var answer = value[(arrow + arrowLength)..].Trim();
        if (!ActionName().IsMatch(action))
        {
            report($"\"{action}\" is not an action name: write it as in the flow file, such as stub: webhook → {{\"ok\": true}}.");
            return;
        }

        if (answer == "error")
        {
            stubs[action] = null;
            return;
        }

        try
        {
            Newtonsoft.Json.Linq.JToken.Parse(answer);
            stubs[action] = answer;
        }
        catch (Newtonsoft.Json.JsonReaderException e)
        {
            report($"the stub's answer is not JSON ({e.Message.TrimEnd('.')}): write an object such as {{\"order\": {{\"status\": \"shipped\"}}}}, or error.");
        }
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ActionName();

    /// <summary><c>attach: https://… [content/type]</c>: the customer sends a photo or a file (its type from its extension when not written).</summary>
    private static void ReadAttachLine(int number, string value, List<TranscriptStep> steps, Action<string> report)
    {
        var parts = value.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length is 0 or > 2 || !Uri.TryCreate(parts[0], UriKind.Absolute, out var url) || url.Scheme != Uri.UriSchemeHttps
            || (parts.Length == 2 && !parts[1].Contains('/', StringComparison.Ordinal)))
        {
            report("\"attach:\" needs the https address of the file the customer sends, and optionally its type: attach: https://example.com/photo.jpg image/jpeg.");
            return;
        }

        steps.Add(new UserAttaches(number, url.ToString(), parts.Length == 2 ? parts[1] : UserAttaches.TypeOf(url)));
    }

    private static void ReadBotLine(int number, string value, List<TranscriptStep> steps, Action<string> report)
    {
        if (!steps.Any(s => s is UserSays or UserClicks or UserAttaches))
        {
            report("a bot: line comes before any user: or click: line; the bot answers the customer, so start with user:.");
            return;
        }

        try
        {
            steps.Add(new BotSays(number, TextPattern.Parse(value)));
        }
        catch (ArgumentException e)
        {
            report($"the regular expression between slashes is not valid: {e.Message}");
        }
    }

    private static void ReadButtonsLine(int number, string value, List<TranscriptStep> steps, Action<string> report)
    {
        var titles = value.Split('|').Select(TextPattern.Normalize).ToList();
        if (value.Length == 0 || titles.Any(t => t.Length == 0))
        {
            report("\"buttons:\" needs the button titles separated by |, such as buttons: Yes | No.");
        }
        else if (steps.LastOrDefault() is not (BotSays or BotShowsCard))
        {
            report("\"buttons:\" describes the bot's last reply: put it right after a bot: or card: line.");
        }
        else
        {
            steps.Add(new BotOffersButtons(number, titles));
        }
    }

    // A comment may end a line after " #" (a space before it), so "order #42" stays text.
    private static string WithoutComment(string line)
    {
        var trimmed = line.TrimStart();
        if (trimmed.StartsWith('#'))
        {
            return string.Empty;
        }

        var match = TrailingComment().Match(line);
        return match.Success ? line[..match.Index] : line;
    }

    [GeneratedRegex(@"\s#(\s|$)")]
    private static partial Regex TrailingComment();
}
