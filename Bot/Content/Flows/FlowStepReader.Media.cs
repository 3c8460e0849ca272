using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Content;
using Majordome.Dialogs.Flows;
using YamlDotNet.RepresentationModel;

namespace Majordome.Bot.Content.Flows;

/// <summary>The image and call steps: a picture's address and alt text, another flow's inputs and returned variables.</summary>
internal static partial class FlowStepReader
{
    /// <summary>The picture files the bot serves under /media/ (the static files' own list: no SVG, which can carry script).</summary>
    private static readonly string[] PictureExtensions = [".jpg", ".jpeg", ".png", ".gif", ".webp"];

    private static ImageStep? ReadImage(YamlMapping map, YamlValue main, FlowReferences references)
    {
        var url = main.AsText();
        if (url is not null)
        {
            url = ImageProblem(url, references.ContentRoot) is { } problem ? main.Report<string>(problem) : url;
        }

        var alt = map.Required("alt", "\"alt\" is missing: say what the picture shows, in French (fr) and English (en); screen readers read it, and it stands in for the picture where pictures are not shown.")?.AsLocalized();
        return url is null || alt is null ? null : new ImageStep(url, alt);
    }

    /// <summary>What is wrong with an image step's address, or null: an https address, or a picture of brand/images as /media/….</summary>
    private static string? ImageProblem(string url, string? contentRoot)
    {
        const string Forms = "a full https:// address (like https://images.example.com/machine.jpg) or a picture of the brand's images folder as /media/<file> (like /media/machines/barista.jpg)";
        if (url.Contains('{', StringComparison.Ordinal))
        {
            return $"an image's address is fixed: write {Forms}, without {{variables}}.";
        }

        if (Uri.TryCreate(url, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https")
        {
            return absolute.Scheme == Uri.UriSchemeHttps && absolute.Host.Length > 0
                ? null
                : $"\"{url}\" is a plain http:// address: Messenger, Instagram and WhatsApp fetch pictures over https only. Use the https:// address of the picture.";
        }

        var path = url.Replace('\\', '/');
        foreach (var prefix in new[] { "brand/images/", "images/", "brand/media/", "media/", "/images/" })
        {
            if (path.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                return $"write the picture \"{url}\" as /media/{path[prefix.Length..]} (the bot serves the brand's images folder under /media/).";
            }
        }

        if (!path.StartsWith(ProductImages.MediaPath + "/", StringComparison.Ordinal) || path.Contains("..", StringComparison.Ordinal))
        {
            return $"\"{url}\" is not an image address: write {Forms}.";
        }

        var relative = path[(ProductImages.MediaPath.Length + 1)..];
        if (!PictureExtensions.Contains(Path.GetExtension(relative).ToLowerInvariant()))
        {
            return $"\"{url}\" is not a picture the bot serves: use a .jpg, .jpeg, .png, .gif or .webp file.";
        }

        if (contentRoot is null)
        {
            return null;
        }

        var folder = Path.Combine(contentRoot, ProductImages.FolderName);
        if (File.Exists(Path.Combine(folder, relative)))
        {
            return null;
        }

        var known = Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Select(f => ProductImages.MediaPath + "/" + Path.GetRelativePath(folder, f).Replace('\\', '/')).ToList()
            : [];
        var guess = KeySuggestion.Closest(path, known);
        var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
        return $"there is no picture {relative} in the brand's {ProductImages.FolderName} folder: add the file there, or correct the name.{hint}";
    }

    /// <summary>A loop: at most so many passes (its value), until a condition read after its steps, which run at least once.</summary>
    private static LoopStep? ReadLoop(YamlMapping map, YamlValue main, FlowScope scope, FlowReferences references)
    {
        var times = main.AsDecimal();
        if (times is not null && (times != decimal.Truncate(times.Value) || times < 1 || times > LoopStep.MaxTimes))
        {
            main.Report($"loop takes the most times its steps run, a whole number from 1 to {LoopStep.MaxTimes} (such as loop: 3), so a loop always ends.");
            times = null;
        }

        var stepsValue = map.Required("steps", "\"steps\" is missing: list the steps to repeat under steps:.");
        var steps = stepsValue is null ? null : ReadBlock(stepsValue, scope, references);
        if (steps is { Count: 0 })
        {
            steps = stepsValue!.Report<IReadOnlyList<FlowStep>>("the loop has no steps: list at least one to repeat.");
        }

        // The steps run at least once before the condition is read: what they set is known there.
        var untilValue = map.Optional("until");
        var until = untilValue is null ? null : ReadExpression(untilValue, scope);
        return times is null || steps is null || (untilValue is not null && until is null) ? null : new LoopStep((int)times.Value, until, steps);
    }

    /// <summary>
    /// A short pause inside the turn (wait: 2s, at most 5s), or a long wait that parks the flow until the scheduler
    /// brings it back (wait: 3h, wait: 2d, from a minute to 90 days). In between, and beyond, the message says what to write.
    /// </summary>
    private static WaitStep? ReadWait(YamlValue main)
    {
        var text = main.AsText()?.Trim();
        if (text is null)
        {
            return null;
        }

        var max = (int)WaitStep.MaxDuration.TotalSeconds;
        var longest = (int)WaitStep.MaxParkedDuration.TotalDays;
        if (System.Text.RegularExpressions.Regex.IsMatch(text, @"^\d+(\.\d+)?\s*mo$"))
        {
            // A month has no fixed length, and a wait is a length: months belong to a schedule step, which counts them on the calendar.
            return main.Report<WaitStep>($"a wait is not written in months (mo), whose length varies: write days, such as wait: 30d (at most {longest}d), or, to write to the customer months later, a schedule step with after: {text}.");
        }

        // Here m is minutes, as in 30m; a schedule step's after: refuses a bare m and writes months mo.
        var match = System.Text.RegularExpressions.Regex.Match(text, @"^(?<n>\d+(\.\d+)?)\s*(?<unit>ms|s|m|min|h|d|w)$");
        if (!match.Success)
        {
            return main.Report<WaitStep>($"\"{text}\" is not a wait: write a pause of seconds, such as wait: 2s (at most {max}s), or a longer wait in minutes, hours, days or weeks, such as wait: 3h or wait: 2d (at most {longest}d).");
        }

        var number = decimal.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        var seconds = match.Groups["unit"].Value switch
        {
            "ms" => number / 1000,
            "s" => number,
            "m" or "min" => number * 60,
            "h" => number * 3600,
            "d" => number * 86_400,
            _ => number * 604_800,
        };
        if (seconds > max && seconds < (decimal)WaitStep.MinParkedDuration.TotalSeconds)
        {
            // Between a pause and a real wait: more likely a typo than a wish to be written to a few seconds later.
            return main.Report<WaitStep>($"a wait of {text} is longer than the {max}s a flow may pause inside the customer's turn, and shorter than the minute from which it waits outside it: use at most {max}s (such as wait: 2s), or at least 1min.");
        }

        if (seconds > (decimal)WaitStep.MaxParkedDuration.TotalSeconds)
        {
            return main.Report<WaitStep>($"a wait of {text} is longer than the {longest} days a flow may wait. To write to the customer later than that, use a schedule step: - schedule: {{ say: {{ fr: …, en: … }}, after: {ScheduleDelayOf(seconds)} }} (see the README's \"schedule\").");
        }

        return seconds <= 0
            ? main.Report<WaitStep>("a wait must be longer than 0s, such as wait: 2s.")
            : new WaitStep(TimeSpan.FromSeconds((double)seconds));
    }

    /// <summary>A wait's length as a schedule step's delay: whole weeks or days when it is, else hours rounded up (1.5d is 36h).</summary>
    private static string ScheduleDelayOf(decimal seconds) =>
        seconds % 604_800 == 0 ? (seconds / 604_800).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "w"
        : seconds % 86_400 == 0 ? (seconds / 86_400).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "d"
        : Math.Ceiling(seconds / 3600).ToString("0", System.Globalization.CultureInfo.InvariantCulture) + "h";

    private static CallStep? ReadCall(YamlMapping map, YamlValue main, FlowScope scope, FlowReferences references)
    {
        var target = main.AsText();
        var withValue = map.Optional("with");
        var arguments = withValue is null ? new Dictionary<string, LocalizedText>(StringComparer.Ordinal) : ReadValues(withValue, scope);
        var inputs = withValue?.AsMapping()?.Entries.Select(e => (e.Key, e.Value)).ToList() ?? [];
        var returnsValue = map.Optional("returns");
        var items = returnsValue is null ? [] : returnsValue.AsList();
        var returns = new List<(string Name, YamlValue At)>();
        foreach (var item in items ?? [])
        {
            if (ReadVariableName(item) is { } name)
            {
                returns.Add((name, item));
                scope.Set(name);
            }
        }

        if (target is not null)
        {
            references.Calls.Add(new FlowCallReference(main, inputs, returns));
        }

        var failed = target is null || arguments is null || items is null || returns.Count != items.Count;
        return failed ? null : new CallStep(target!, arguments!, [.. returns.Select(r => r.Name)]);
    }
}
