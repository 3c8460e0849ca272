using System.Text.RegularExpressions;
using System.Security.Cryptography;
using System.Text;
using Majordome.Bot.Content.Yaml;
using Majordome.Dialogs.Flows;
using Majordome.Dialogs.Flows.Actions;

namespace Majordome.Bot.Content.Flows;

/// <summary>
/// Loads the marketer's flow files (the flows folder of the brand content, one *.yaml per flow) and validates
/// them all, each file to its end and then across files (duplicate ids and triggers, goto targets), so every
/// problem is reported in one go.
/// </summary>
public static partial class FlowLoader
{
    /// <summary>The folder inside the brand content folder.</summary>
    public const string FolderName = "flows";

    /// <summary>Where a flow may go besides another flow: the menu and the built-in flows a link may open.</summary>
    public static IReadOnlyList<string> BuiltInTargets => FlowTargets.BuiltIn;

    /// <summary>The largest flow file read, in bytes (256 KB); a larger one is reported and left out.</summary>
    public const long MaxFileBytes = 256 * 1024;

    /// <summary>Loads the flows of <paramref name="contentDirectory"/>/flows; no folder means no flows.</summary>
    /// <param name="contentDirectory">The brand content folder.</param>
    /// <param name="actions">The actions action steps may call; the built-in ones when null.</param>
    public static FlowLoadResult Load(string contentDirectory, IReadOnlyList<FlowActionSignature>? actions = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(contentDirectory);
        var root = Path.GetFullPath(contentDirectory);
        var folder = Path.Combine(root, FolderName);
        if (!Directory.Exists(folder))
        {
            return new FlowLoadResult([], []);
        }

        string[] paths;
        try
        {
            paths = [.. Directory.GetFiles(folder, "*.yaml").Concat(Directory.GetFiles(folder, "*.yml"))];
        }
        catch (DirectoryNotFoundException)
        {
            // The folder went away while being listed (a hot reload during a deploy): as if it were missing.
            return new FlowLoadResult([], []);
        }

        var skus = FlowCatalogSkus.Read(root);
        var files = paths
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (File: new SourceFile(FolderName + "/" + Path.GetFileName(p)), References: new FlowReferences { Actions = actions ?? BuiltInFlowActions.Signatures, ContentRoot = root, Skus = skus }, Path: p))
            .ToList();
        var read = files.Select(f => (f.File, f.References, Flow: ReadFile(root, f.Path, f.File, f.References))).ToList();
        CheckAcrossFiles(read.Select(r => r.References).ToList());

        var problems = read.SelectMany(r => r.File.Problems).ToList();
        var flows = read.Where(r => r.Flow is not null && r.File.Problems.Count == 0).Select(r => r.Flow!).ToList();
        var byFile = read.Select(r => new FlowFileResult(r.File.Name, r.File.Problems.Count == 0 ? r.Flow : null, r.File.Problems, r.File.Warnings)).ToList();
        return new FlowLoadResult(flows, problems, byFile);
    }

    private static FlowDefinition? ReadFile(string root, string path, SourceFile file, FlowReferences references)
    {
        var text = ReadText(path, file);
        var value = text is null || HasTabIndentation(text, file) ? null : YamlSource.Parse(text, file);
        if (value is null)
        {
            references.UnreadableId = (text is null ? null : IdLine().Match(text) is { Success: true } m ? m.Groups["id"].Value : null)
                ?? Path.GetFileNameWithoutExtension(path);
            return null;
        }

        var version = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text!)))[..12].ToLowerInvariant();
        return FlowFileReader.Read(value, references, version);
    }

    /// <summary>The file's text (see <see cref="FlowFileText"/>), or null after reporting why it cannot be read.</summary>
    private static string? ReadText(string path, SourceFile file)
    {
        try
        {
            // A flow is a page or two of YAML: a huge file is a mistake (a log or an export saved here), and
            // reading it whole at every reload would slow the bot.
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                file.ReportFile($"the file is {length / 1024} KB, more than the {MaxFileBytes / 1024} KB a flow file may have: is it really a flow? Split a long flow into several flows joined by goto.");
                return null;
            }

            return FlowFileText.Decode(File.ReadAllBytes(path), file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Deleted, moved or locked between the listing and the reading (an editor saving it, a hot reload).
            file.ReportFile("the file could not be read: it was deleted, moved or locked while the flows were loading. Save it again.");
            return null;
        }
    }

    [GeneratedRegex(@"^id:[ \t]*[""']?(?<id>[A-Za-z0-9-]+)", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    /// <summary>
    /// A tab in a line's indentation: YAML indents with spaces only, and a tab either breaks the file or silently
    /// moves a step out of its list. Reported at the first one, with the fix.
    /// </summary>
    private static bool HasTabIndentation(string text, SourceFile file)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                var index = lines.Take(i).Sum(l => l.Length + 1) + tab;
                file.Report(new YamlDotNet.Core.Mark(index, i + 1, tab + 1), string.Empty, "a tab indents this line: YAML indents with spaces only. Replace the tab with spaces (two per level), and set your editor to insert spaces.");
                return true;
            }
        }

        return false;
    }

    private static void CheckAcrossFiles(IReadOnlyList<FlowReferences> files)
    {
        // Every file of a shared id is reported, naming the others: a copy saved beside its original (which may
        // sort first) must not go live in its place, and the original's last good version keeps serving.
        var ids = new Dictionary<string, YamlValue>(StringComparer.OrdinalIgnoreCase);
        foreach (var group in files.Select(f => f.Id).OfType<(string Id, YamlValue At)>().GroupBy(i => i.Id, StringComparer.OrdinalIgnoreCase))
        {
            var all = group.ToList();
            ids.Add(group.Key, all[0].At);
            if (all.Count < 2)
            {
                continue;
            }

            foreach (var (id, at) in all)
            {
                var others = string.Join(", ", all.Where(o => !ReferenceEquals(o.At, at)).Select(o => $"{o.At.File.Name} (line {o.At.Node.Start.Line})"));
                at.Report($"the flow id \"{id}\" is also used by {others}: each flow needs its own id. If one file is a copy, give the copy its own id (such as {id}-2) or delete it; until then neither file serves anew and the version serving keeps serving.");
            }
        }

        var sharedIds = ids.Keys.Where(id => files.Count(f => string.Equals(f.Id?.Id, id, StringComparison.OrdinalIgnoreCase)) > 1).ToHashSet(StringComparer.OrdinalIgnoreCase);

        var triggers = new Dictionary<(string, string), YamlValue>();
        // A copy's triggers clash with its original's: the shared id already says so once.
        foreach (var (kind, text, at) in files.Where(f => f.Id is not { } id || !sharedIds.Contains(id.Id)).SelectMany(f => f.Triggers))
        {
            if (triggers.TryGetValue((kind, text), out var first))
            {
                at.Report($"the {kind} \"{text}\" already starts another flow ({first.File.Name}, line {first.Node.Start.Line}): a trigger must lead to one flow only.");
            }
            else
            {
                triggers.Add((kind, text), at);
            }
        }

        var unreadable = files.Select(f => f.UnreadableId).OfType<string>().ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var (target, at) in files.SelectMany(f => f.Gotos))
        {
            if (!ids.ContainsKey(target) && !BuiltInTargets.Contains(target, StringComparer.OrdinalIgnoreCase) && !unreadable.Contains(target))
            {
                var known = ids.Keys.Concat(BuiltInTargets).ToList();
                var guess = KeySuggestion.Closest(target, known);
                var hint = guess is null ? string.Empty : $" Did you mean \"{guess}\"?";
                at.Report($"goto \"{target}\": there is no flow with this id. Use menu, information, shop, book, or the id of a flow in the flows folder.{hint}");
            }
        }

        FlowCallCheck.Check(files, unreadable);
        FlowScheduleCheck.Check(files, unreadable);
        FlowPlacementCheck.Check(files);
    }
}
